import type { Box, Connector } from './geometry'
import type { DiagramBuilder } from './types'
import { areaPoints } from '../data/selectors'
import { DIAGRAM_AREA, round, textBlock } from './geometry'

const ROOT = 20
const AREA = 20
const ITEM = 18
const PAD = { x: 12, y: 8 }
/** Columns are at most this wide: the drawing stays compact. */
const COLUMN_MAX = 190
const COLUMN_GAP = 14
/** From the root down to the bar the columns hang from, and from the bar to the columns. */
const DROP = 16
/** Between a column's edge and its items, and between one item and the next. */
const INSET = 8
const ITEM_GAP = 6

/**
 * The cooperation areas the article names, under the partnership they belong to: one
 * column per area, its items stacked inside it in the data's order.
 */
export const cooperationDiagram: DiagramBuilder = (article) => {
  const title = 'Where the partnership is meant to grow'
  const summary = `${article.areas.length} areas of cooperation named in the article: ${article.areas.map(a => a.label).join(', ')}.`
  const areas = article.areas.map(area => ({ area, points: areaPoints(article, area) }))

  const columnWidth = Math.min(COLUMN_MAX, (DIAGRAM_AREA.width - (areas.length - 1) * COLUMN_GAP) / Math.max(1, areas.length))
  const columnsWidth = Math.max(0, areas.length * columnWidth + (areas.length - 1) * COLUMN_GAP)
  const rootLabel = (x: number) => textBlock(article.partnership, { role: 'root', size: ROOT, weight: 700, x, anchor: 'middle', top: PAD.y, maxWidth: DIAGRAM_AREA.width * 0.6 })
  // As wide as the columns, or as the partnership's box where that is wider; both centred.
  const width = round(Math.max(columnsWidth, rootLabel(0).box.width + 2 * PAD.x))
  const label = rootLabel(width / 2)
  const root: Box = { role: 'root', x: round(label.box.x - PAD.x), y: 0, width: round(label.box.width + 2 * PAD.x), height: round(label.box.height + 2 * PAD.y), label }
  const bar = root.height + DROP
  const columnTop = bar + DROP
  const columnX = (i: number) => round((width - columnsWidth) / 2 + i * (columnWidth + COLUMN_GAP))
  const centre = (i: number) => round(columnX(i) + columnWidth / 2)
  const headings = areas.map(({ area }, i) => textBlock(area.label, { role: 'area', size: AREA, weight: 700, x: centre(i), anchor: 'middle', top: columnTop + PAD.y, maxWidth: columnWidth - 2 * PAD.x }))
  const itemsTop = columnTop + Math.max(0, ...headings.map(h => h.box.height)) + 2 * PAD.y

  const items: Box[] = []
  const columnBottom = areas.map(({ points }, i) => {
    let top = itemsTop
    for (const point of points) {
      const label = textBlock(point.label ?? point.id, { role: 'item', size: ITEM, weight: 400, x: centre(i), anchor: 'middle', top: top + PAD.y, maxWidth: columnWidth - 2 * INSET - 2 * PAD.x })
      const height = round(label.box.height + 2 * PAD.y)
      items.push({ role: 'item', x: round(columnX(i) + INSET), y: top, width: round(columnWidth - 2 * INSET), height, label })
      top = round(top + height + ITEM_GAP)
    }
    return top - ITEM_GAP + INSET
  })
  // Columns as tall as the tallest: the areas read as a row of equals.
  const bottom = round(Math.max(itemsTop, ...columnBottom))
  const columns: Box[] = headings.map((label, i) => ({ role: 'area', x: columnX(i), y: columnTop, width: round(columnWidth), height: round(bottom - columnTop), label }))

  const branches: Connector[] = areas.length
    ? [{ role: 'branch', d: [`M${width / 2} ${root.height} V${bar}`, `M${centre(0)} ${bar} H${centre(areas.length - 1)}`, ...areas.map((_, i) => `M${centre(i)} ${bar} V${columnTop}`)].join(' ') }]
    : []

  return {
    id: 'cooperation',
    title,
    summary,
    lines: areas.map(({ area, points }) => `${area.label}: ${points.map(p => p.label).join(', ')}`),
    labels: [article.partnership, ...areas.flatMap(({ area, points }) => [area.label, ...points.map(p => p.label ?? p.id)])],
    sections: [...new Set(areas.flatMap(({ points }) => points.map(p => p.section)))],
    sources: [],
    drawing: { width, height: bottom, connectors: branches, boxes: [root, ...columns, ...items], dots: [], texts: [] },
  }
}
