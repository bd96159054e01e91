import type { DiagramBuilder } from './types'
import { flowsBetween } from '../data/selectors'
import { escapeLabel, nodeId } from './escape'
import { header } from './header'

/** Who sends what to whom: tariffs, crude, arms and trade between the three actors. */
export const actorsDiagram: DiagramBuilder = (article) => {
  const title = 'Actors and flows'
  const summary = `${article.flows.length} flows between ${article.actors.map(a => a.name).join(', ')}.`
  const flows = flowsBetween(article)
  const code = [
    ...header('flowchart TB', title, summary),
    ...article.actors.map(a => `  ${nodeId('a', a.id)}(["${escapeLabel(a.name)}"])`),
    ...flows.map(({ flow }) => `  ${nodeId('a', flow.from)} -->|"${escapeLabel(flow.label)}"| ${nodeId('a', flow.to)}`),
  ].join('\n')
  return {
    id: 'actors',
    title,
    summary,
    lines: flows.map(({ flow, from, to }) => `${from.name} → ${to.name}: ${flow.label}`),
    labels: [...article.actors.map(a => a.name), ...article.flows.map(f => f.label)],
    sections: [...new Set(article.flows.map(f => f.section))],
    sources: [],
    code,
  }
}
