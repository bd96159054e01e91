import type { DiagramBuilder } from './types'
import { escapeLabel, nodeId } from './escape'
import { header } from './header'

/** The article's own chronology, from oil purchases to the expected visit. */
export const escalationDiagram: DiagramBuilder = (article) => {
  const title = 'How the article tells the escalation'
  const summary = `${article.milestones.length} steps in the order the article gives them, from ${article.milestones[0]?.when ?? ''} to ${article.milestones.at(-1)?.when ?? ''}.`
  const ids = article.milestones.map(m => nodeId('m', m.id))
  const labels = article.milestones.map(m => `${m.when}: ${m.label}`)
  const code = [
    ...header('flowchart TB', title, summary),
    ...labels.map((label, i) => `  ${ids[i]}["${escapeLabel(label)}"]`),
    ...ids.slice(1).map((id, i) => `  ${ids[i]} --> ${id}`),
  ].join('\n')
  return {
    id: 'escalation',
    title,
    summary,
    lines: labels,
    labels,
    sections: [...new Set(article.milestones.map(m => m.section))],
    sources: [],
    code,
  }
}
