import type { Box, Dot, TextBlock } from './geometry'
import type { DiagramBuilder } from './types'
import { DIAGRAM_AREA, lineHeight, round, textBlock } from './geometry'
import { textWidth } from '../charts/text-metrics'

const SIZE = 22
const DATE_MAX = 250
const GAP = 16
const PAD = { x: 16, y: 10 }
const SPINE_GAP = 22
const DOT = 8

/**
 * The article's own chronology, from oil purchases to the expected visit: dated steps along
 * a vertical spine, in the article's order. A spine, not arrows: the article lists these
 * steps in time; an arrow from one to the next would say the first caused the second.
 */
export const escalationDiagram: DiagramBuilder = (article) => {
  const { milestones } = article
  const title = 'How the article tells the escalation'
  const summary = `${milestones.length} steps in the order the article gives them, from ${milestones[0]?.when ?? ''} to ${milestones.at(-1)?.when ?? ''}.`

  // Dates right-aligned against the spine, steps in cards to its right.
  const dateWidth = round(Math.min(DATE_MAX, Math.max(0, ...milestones.map(m => textWidth(m.when, SIZE, 700)))))
  const spineX = dateWidth + SPINE_GAP
  const cardX = spineX + SPINE_GAP
  const label = (text: string, top: number) => textBlock(text, { role: 'milestone', size: SIZE, weight: 400, x: cardX + PAD.x, anchor: 'start', top, maxWidth: DIAGRAM_AREA.width - cardX - 2 * PAD.x })
  // Cards as wide as the widest step needs, all alike.
  const cardWidth = Math.max(0, ...milestones.map(m => label(m.label, 0).box.width)) + 2 * PAD.x
  const boxes: Box[] = []
  const texts: TextBlock[] = []
  const dots: Dot[] = []
  let top = 0
  for (const m of milestones) {
    const date = textBlock(m.when, { role: 'date', size: SIZE, weight: 700, x: dateWidth, anchor: 'end', top: top + PAD.y, maxWidth: dateWidth })
    const step = label(m.label, top + PAD.y)
    const height = Math.max(date.box.height, step.box.height) + 2 * PAD.y
    texts.push(date)
    boxes.push({ role: 'step', x: cardX, y: top, width: cardWidth, height, label: step })
    dots.push({ role: 'step', cx: spineX, cy: top + PAD.y + lineHeight(SIZE) / 2, r: DOT })
    top += height + GAP
  }
  const spine = dots.length > 1 ? [{ role: 'spine' as const, d: `M${spineX} ${dots[0].cy} V${dots.at(-1)!.cy}` }] : []

  return {
    id: 'escalation',
    title,
    summary,
    lines: milestones.map(m => `${m.when}: ${m.label}`),
    labels: milestones.flatMap(m => [m.when, m.label]),
    sections: [...new Set(milestones.map(m => m.section))],
    sources: [],
    drawing: { width: round(cardX + cardWidth), height: Math.max(0, top - GAP), connectors: spine, boxes, dots, texts },
  }
}
