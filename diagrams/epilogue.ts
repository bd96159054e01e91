import type { DiagramBuilder } from './types'
import { formatDate } from '../data/format'
import { epiloguePages } from '../data/pages'
import { escapeLabel, nodeId } from './escape'
import { header } from './header'

/** The Mermaid class of events that are contested or rest on a single source. */
export const UNSURE_CLASS = 'unsure'

const MARK = { 'multi-source': '', 'single-source': ' (single source)', 'contested': ' (contested)' } as const

/** One slide's share of what happened after publication, in date order. */
export const epilogueDiagram: DiagramBuilder = (article, page = 1) => {
  const pages = epiloguePages(article)
  const events = pages[page - 1]
  if (!events)
    throw new Error(`The epilogue has ${pages.length} pages; there is no page ${page}`)
  const title = `What happened next (${page} of ${pages.length})`
  const first = events[0]!
  const last = events.at(-1)!
  const summary = `${events.length} dated events from ${formatDate(first.date)} to ${formatDate(last.date)}; contested or single-source items are marked.`
  const labels = events.map(e => `${formatDate(e.date)}: ${e.label}${MARK[e.confidence]}`)
  const ids = events.map(e => nodeId('e', e.id))
  const flagged = events.filter(e => e.confidence !== 'multi-source').map(e => nodeId('e', e.id))
  const code = [
    ...header('flowchart TB', title, summary),
    ...labels.map((label, i) => `  ${ids[i]}["${escapeLabel(label)}"]`),
    ...ids.slice(1).map((id, i) => `  ${ids[i]} --> ${id}`),
    // Thick dashed borders mark what the sources do not firmly establish; their colour
    // comes from the deck's scheme (diagrams/theme.ts styles UNSURE_CLASS).
    `  classDef ${UNSURE_CLASS} stroke-width:3px,stroke-dasharray:6 4`,
    ...(flagged.length ? [`  class ${flagged.join(',')} ${UNSURE_CLASS}`] : []),
  ].join('\n')
  return {
    id: 'epilogue',
    title,
    summary,
    lines: events.map(e => `${formatDate(e.date)}: ${e.label}${MARK[e.confidence]}. ${e.text}`),
    labels,
    sections: [],
    sources: [...new Set(events.flatMap(e => e.sources))],
    code,
  }
}
