// @vitest-environment happy-dom
import mermaid from 'mermaid'
import { describe, expect, it } from 'vitest'
import { article } from '../../data'
import { validateArticle } from '../../data/validate'
import { diagramBuilders } from '../../diagrams'
import { cloneArticle } from '../fixtures'

const entries = Object.entries(diagramBuilders)
const HOSTILE = '"]) --> X[ %%{init: {"theme":"dark"}}%% <script>alert(1)</script> | ; #'

describe.each(entries)('the %s diagram', (name, build) => {
  const diagram = build(article)

  it('matches its file snapshot', async () => {
    await expect(diagram.code).toMatchFileSnapshot(`./__snapshots__/${name}.mmd`)
  })

  it('is valid Mermaid', async () => {
    await expect(mermaid.parse(diagram.code)).resolves.toBeTruthy()
  })

  it('is deterministic', () => {
    expect(build(article).code).toBe(diagram.code)
  })

  it('carries an accessible title and description', () => {
    expect(diagram.code).toMatch(/^ {2}accTitle: \S/m)
    expect(diagram.code).toMatch(/^ {2}accDescr: \S/m)
  })

  it('has a text alternative from the same data, naming every label', () => {
    expect(diagram.lines.length).toBeGreaterThan(0)
    const alt = `${diagram.title} ${diagram.summary} ${diagram.lines.join(' ')}`
    for (const label of diagram.labels.filter(l => l !== article.partnership))
      expect(alt).toContain(label)
  })

  it('names only real article sections', () => {
    const ids = new Set(article.source.sections.map(s => s.id))
    expect(diagram.sections.length).toBeGreaterThan(0)
    expect(diagram.sections.every(s => ids.has(s))).toBe(true)
  })

  it('stays valid and escaped when every label is hostile', async () => {
    const data = cloneArticle()
    data.milestones.forEach(m => { m.label = HOSTILE.slice(0, 60) })
    data.actors.forEach(a => { a.name = `${HOSTILE} ${a.id}` })
    data.flows.forEach(f => { f.label = HOSTILE.slice(0, 40) })
    data.points.forEach(p => { if (p.label) p.label = HOSTILE.slice(0, 40) })
    data.areas.forEach(a => { a.label = HOSTILE })
    data.partnership = HOSTILE
    const hostile = build(validateArticle(data))
    const body = hostile.code.split('\n').filter(l => !/^\s*acc(Title|Descr):/.test(l)).join('\n')
    expect(hostile.code).not.toContain('<script')
    expect(hostile.code).not.toContain('%%{')
    expect(hostile.code.split('\n').slice(1).every(l => !l.includes('\n'))).toBe(true)
    // A label is one quoted string per node or edge: no quote escapes it.
    for (const line of body.split('\n'))
      expect([0, 2]).toContain(line.split('"').length - 1)
    expect(body).not.toContain(' --> X[')
    await expect(mermaid.parse(hostile.code)).resolves.toBeTruthy()
  })
})

describe('diagram content', () => {
  it('draws the escalation in the article\'s order', () => {
    const code = diagramBuilders.escalation(article).code
    const order = article.milestones.map(m => code.indexOf(`m_${m.id.replace(/-/g, '_')}[`))
    expect(order.every(i => i > 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(code.match(/-->/g)).toHaveLength(article.milestones.length - 1)
  })

  it('draws one arrow per flow between the actors', () => {
    const code = diagramBuilders.actors(article).code
    expect(code.match(/-->\|/g)).toHaveLength(article.flows.length)
    expect(code).toContain('a_us -->|"Tariffs on Indian goods"| a_india')
  })

  it('draws every cooperation item inside its area', () => {
    const code = diagramBuilders.cooperation(article).code
    for (const area of article.areas) {
      const block = code.slice(code.indexOf(`subgraph area_${area.id.replace(/-/g, '_')} `))
      const body = block.slice(0, block.indexOf('\n  end'))
      for (const point of area.points)
        expect(body).toContain(`p_${point.replace(/-/g, '_')}[`)
    }
  })
})
