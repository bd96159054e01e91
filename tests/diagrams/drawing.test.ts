import type { Article } from '../../data/schema'
import type { Diagram } from '../../diagrams'
import { describe, expect, it } from 'vitest'
import { article } from '../../data'
import { articleData } from '../../data/article'
import { validateArticle } from '../../data/validate'
import { DIAGRAM_AREA, EDGE, MIN_LABEL_PX } from '../../diagrams/geometry'
import { diagramBuilders, type DiagramId } from '../../diagrams'
import { HOSTILE, makeHostile } from '../browser/hostile-data'
import { cloneArticle } from '../fixtures'
import { labelsOf, linesThroughLabels, misplacedLabels, outsideViewBox, overlappingLabels, segments } from './drawing-checks'

const ids = Object.keys(diagramBuilders) as DiagramId[]
const squash = (s: string) => s.replace(/\s+/g, '')
/** The text a label draws, line by line joined, without the spaces wrapping took out. */
const drawnText = (d: Diagram) => labelsOf(d.drawing).map(t => squash(t.lines.map(l => l.text).join('')))

/** Every label at its longest, with markup, quotes and a word no line can hold. */
function longLabels(): Article {
  const a = cloneArticle()
  const long = (max: number) => `${HOSTILE.markup} ${HOSTILE.longWord} “quoted” & more`.slice(0, max)
  a.milestones.forEach((m) => { m.label = long(60); m.when = 'Sometime before the end of the year 2025' })
  a.actors.forEach((x) => { x.name = `${x.name} and its government agencies` })
  a.flows.forEach((f) => { f.label = long(40) })
  a.points.forEach((p) => { if (p.label) p.label = long(40) })
  a.areas.forEach((x) => { x.label = `${x.label}: a much longer heading` })
  a.partnership = `${a.partnership} and everything the two governments signed`
  return validateArticle(a)
}

const cases = [
  ['the real data', article],
  ['the browser suite\'s hostile data', validateArticle(makeHostile(articleData))],
  ['every label long and hostile', longLabels()],
] as const

describe.each(ids)('the %s drawing', (id) => {
  const build = diagramBuilders[id]

  describe.each(cases)('from %s', (_name, data) => {
    const diagram = build(data)
    const { drawing } = diagram

    it('draws every label from the data, and nothing else', () => {
      expect(drawnText(diagram).sort()).toEqual(diagram.labels.map(squash).sort())
    })

    it('keeps every shape inside its viewBox', () => {
      expect(outsideViewBox(drawing)).toEqual([])
    })

    it('lets no two labels overlap, by the width estimate', () => {
      expect(overlappingLabels(drawing)).toEqual([])
    })

    it('keeps each label inside its own box and off every other box\'s edge', () => {
      expect(misplacedLabels(drawing)).toEqual([])
    })

    it('runs no line through a label', () => {
      expect(linesThroughLabels(drawing)).toEqual([])
    })

    it(`sets every label at ${MIN_LABEL_PX} px or more`, () => {
      expect(labelsOf(drawing).filter(t => t.size < MIN_LABEL_PX)).toEqual([])
    })
  })

  it('fits the room a slide has for it, drawn at its own size', () => {
    const { drawing } = build(article)
    expect(drawing.width).toBeLessThanOrEqual(DIAGRAM_AREA.width)
    expect(drawing.height).toBeLessThanOrEqual(DIAGRAM_AREA.height)
    expect(drawing.height).toBeGreaterThan(DIAGRAM_AREA.height / 2)
  })

  it('covers at most half the slide, so the PPTX keeps the slide\'s title and notes editable', () => {
    // Slidev's PPTX export turns a slide into one picture when over 60% of it would be
    // pictures (RASTER_AREA_LIMIT in @slidev/cli); the SVG is one, with EDGE on each side.
    const { drawing } = build(article)
    expect((drawing.width + 2 * EDGE) * (drawing.height + 2 * EDGE)).toBeLessThanOrEqual(0.5 * 980 * 552)
  })

  it('is deterministic', () => {
    expect(build(article)).toEqual(build(article))
  })

  it('has a text alternative from the same data, naming every label', () => {
    const diagram = build(article)
    const alt = `${diagram.title} ${diagram.summary} ${diagram.lines.join(' ')}`
    for (const label of diagram.labels.filter(l => l !== article.partnership))
      expect(alt).toContain(label)
  })

  it('names only real article sections', () => {
    const sections = new Set(article.source.sections.map(s => s.id))
    expect(build(article).sections.every(s => sections.has(s))).toBe(true)
  })
})

describe('the escalation', () => {
  const { drawing, lines } = diagramBuilders.escalation(article)

  it('puts one dated card per milestone on the spine, in the article\'s order, top to bottom', () => {
    expect(drawing.boxes).toHaveLength(article.milestones.length)
    expect(drawing.dots).toHaveLength(article.milestones.length)
    expect(drawing.boxes.map(b => b.label.lines.map(l => l.text).join(' '))).toEqual(article.milestones.map(m => m.label))
    expect(drawing.texts.map(t => t.lines.map(l => l.text).join(' '))).toEqual(article.milestones.map(m => m.when))
    const ys = drawing.boxes.map(b => b.y)
    expect([...ys].sort((a, b) => a - b)).toEqual(ys)
    expect(lines).toEqual(article.milestones.map(m => `${m.when}: ${m.label}`))
  })

  it('joins the steps with one spine and no arrow: the order is time, not cause', () => {
    expect(drawing.connectors).toHaveLength(1)
    expect(drawing.connectors.every(c => c.head === undefined)).toBe(true)
    const [spine] = segments(drawing.connectors[0].d)
    expect(spine.width).toBe(0)
    expect(spine.y).toBe(drawing.dots[0].cy)
    expect(spine.y + spine.height).toBe(drawing.dots.at(-1)!.cy)
  })

  it('dates each step on the line of its first words', () => {
    drawing.texts.forEach((date, i) => expect(date.lines[0].y).toBe(drawing.boxes[i].label.lines[0].y))
  })
})

describe('the actors', () => {
  const { drawing } = diagramBuilders.actors(article)
  const column = (id: string) => drawing.boxes[article.actors.findIndex(a => a.id === id)]

  it('gives each actor a column, in the data\'s order, and each flow one labelled arrow', () => {
    expect(drawing.boxes.map(b => b.label.lines.map(l => l.text).join(' '))).toEqual(article.actors.map(a => a.name))
    const xs = drawing.boxes.map(b => b.x)
    expect([...xs].sort((a, b) => a - b)).toEqual(xs)
    expect(drawing.connectors).toHaveLength(article.flows.length)
    expect(drawing.texts.map(t => t.lines.map(l => l.text).join(' '))).toEqual(article.flows.map(f => f.label))
  })

  it('points every arrow from its sender\'s column to its receiver\'s, its label just above it', () => {
    article.flows.forEach((flow, i) => {
      const connector = drawing.connectors[i]
      const [line] = segments(connector.d)
      const [from, to] = [column(flow.from), column(flow.to)]
      const rightwards = to.x > from.x
      // The line spans the gap between the two columns' facing edges, and no more.
      const [near, far] = rightwards ? [from.x + from.width, to.x] : [to.x + to.width, from.x]
      expect(line.x).toBeGreaterThanOrEqual(near)
      expect(line.x).toBeLessThan(near + 5)
      expect(line.x + line.width).toBeLessThanOrEqual(far)
      expect(line.x + line.width).toBeGreaterThan(far - 5)
      // The head's tip is its point furthest towards the receiver, at the receiver's edge.
      const xs = [...connector.head!.matchAll(/[ML]([\d.]+) /g)].map(m => Number(m[1]))
      const tip = xs[0]
      expect(tip).toBe(rightwards ? Math.max(...xs) : Math.min(...xs))
      expect(Math.abs(tip - (rightwards ? to.x : to.x + to.width))).toBeLessThan(5)
      const label = drawing.texts[i].box
      expect(label.y + label.height).toBeLessThan(line.y)
      expect(line.y - (label.y + label.height)).toBeLessThan(20)
    })
  })
})

describe('the cooperation map', () => {
  const { drawing } = diagramBuilders.cooperation(article)
  const boxes = (role: string) => drawing.boxes.filter(b => b.role === role)
  const text = (b: { label: { lines: { text: string }[] } }) => b.label.lines.map(l => l.text).join(' ')

  it('hangs one column per area from the partnership, each holding its items in order', () => {
    expect(boxes('root').map(text)).toEqual([article.partnership])
    const columns = boxes('area')
    expect(columns.map(text)).toEqual(article.areas.map(a => a.label))
    const items = boxes('item')
    expect(items).toHaveLength(article.areas.reduce((n, a) => n + a.points.length, 0))
    article.areas.forEach((area, i) => {
      const inside = items.filter(b => b.x >= columns[i].x && b.x + b.width <= columns[i].x + columns[i].width && b.y >= columns[i].y && b.y + b.height <= columns[i].y + columns[i].height)
      expect(inside.map(text)).toEqual(area.points.map(p => article.points.find(x => x.id === p)!.label))
    })
  })

  it('joins the partnership to the top of every column', () => {
    const lines = drawing.connectors.flatMap(c => segments(c.d))
    const root = boxes('root')[0]
    expect(lines.some(s => s.width === 0 && s.y === root.y + root.height)).toBe(true)
    for (const column of boxes('area'))
      expect(lines.some(s => s.width === 0 && s.x > column.x && s.x < column.x + column.width && s.y + s.height === column.y)).toBe(true)
  })
})
