import type { Box, Connector, TextBlock } from './geometry'
import type { DiagramBuilder } from './types'
import { flowsBetween } from '../data/selectors'
import { arrowhead, DIAGRAM_AREA, round, textBlock } from './geometry'
import { textWidth } from '../charts/text-metrics'

const NAME = 20
const FLOW = 18
const PILLAR = { min: 110, max: 150 }
/** Room between two columns for the flows' labels, at most: the drawing stays compact. */
const GAP_MAX = 210
const PAD = { x: 8, y: 10 }
/** Between a flow's label and its arrow, and between one flow and the next below it. */
const LABEL_GAP = 4
const ROW_GAP = 10
/** Half the width of an arrowhead. */
const HEAD = 6
/** How far an arrow stops short of the pillar it points at. */
const TIP_GAP = 3

/**
 * Who sends what to whom: each actor a column, in the data's order, and each flow an
 * arrow from its sender's column to its receiver's, labelled above. An arrow here means
 * "flows to". Flows between the same columns stack in rows; a row is shared by flows
 * whose spans do not meet.
 */
export const actorsDiagram: DiagramBuilder = (article) => {
  const { actors } = article
  const flows = flowsBetween(article)
  const title = 'Actors and flows'
  const summary = `${flows.length} flows between ${actors.map(a => a.name).join(', ')}.`

  const column = new Map(actors.map((a, i) => [a.id, i]))
  const pillarWidth = round(Math.min(PILLAR.max, Math.max(PILLAR.min, ...actors.map(a => textWidth(a.name, NAME, 700) + 2 * PAD.x))))
  const gapWidth = Math.min(GAP_MAX, (DIAGRAM_AREA.width - actors.length * pillarWidth) / Math.max(1, actors.length - 1))
  const left = (i: number) => round(i * (pillarWidth + gapWidth))
  const names = actors.map((a, i) => textBlock(a.name, { role: 'actor', size: NAME, weight: 700, x: left(i) + pillarWidth / 2, anchor: 'middle', top: PAD.y, maxWidth: pillarWidth - 2 * PAD.x }))
  const headerBottom = Math.max(...names.map(n => n.box.y + n.box.height)) + PAD.y

  // Each flow takes the first row free in every gap between its two columns.
  const taken: Set<number>[] = actors.map(() => new Set())
  const placed = flows.map(({ flow }) => {
    const from = column.get(flow.from)!
    const to = column.get(flow.to)!
    const gaps = Array.from({ length: Math.abs(to - from) }, (_, k) => Math.min(from, to) + k)
    let row = 0
    while (gaps.some(g => taken[g].has(row)))
      row++
    gaps.forEach(g => taken[g].add(row))
    // The label sits in the first gap the arrow crosses, centred, bottom just above the arrow.
    const label = (top: number) => textBlock(flow.label, { role: 'flow', size: FLOW, weight: 400, x: left(gaps[0]) + pillarWidth + gapWidth / 2, anchor: 'middle', top, maxWidth: gapWidth - 2 * PAD.x })
    return { from, to, row, label, labelHeight: label(0).box.height }
  })

  // Rows stack down from the names, each as tall as its tallest label.
  const rowCount = Math.max(0, ...placed.map(p => p.row + 1))
  const arrowY: number[] = []
  let top = headerBottom + PAD.y
  for (let row = 0; row < rowCount; row++) {
    const tallest = Math.max(...placed.filter(p => p.row === row).map(p => p.labelHeight))
    arrowY.push(top + tallest + LABEL_GAP + HEAD)
    top = arrowY[row] + HEAD + ROW_GAP
  }
  const height = round(top - ROW_GAP + PAD.y)

  const texts: TextBlock[] = []
  const connectors: Connector[] = []
  for (const { from, to, row, label, labelHeight } of placed) {
    const y = round(arrowY[row])
    const dir = Math.sign(to - from)
    const start = dir > 0 ? left(from) + pillarWidth : left(from)
    const tip = (dir > 0 ? left(to) : left(to) + pillarWidth) - dir * TIP_GAP
    texts.push(label(y - HEAD - LABEL_GAP - labelHeight))
    connectors.push({ role: 'flow', d: `M${start} ${y} H${tip}`, head: arrowhead(tip, y, dir, 0, 2 * HEAD, HEAD) })
  }
  const boxes: Box[] = names.map((label, i) => ({ role: 'actor', x: left(i), y: 0, width: pillarWidth, height, label }))

  return {
    id: 'actors',
    title,
    summary,
    lines: flows.map(({ flow, from, to }) => `${from.name} → ${to.name}: ${flow.label}`),
    labels: [...actors.map(a => a.name), ...flows.map(({ flow }) => flow.label)],
    sections: [...new Set(flows.map(({ flow }) => flow.section))],
    sources: [],
    drawing: { width: round(left(actors.length - 1) + pillarWidth), height, connectors, boxes, dots: [], texts },
  }
}
