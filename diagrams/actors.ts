import type { DiagramBuilder } from './types'
import { flowsBetween } from '../data/selectors'
import { flowchart, mermaidId, mermaidLabel } from './mermaid-text'

/**
 * Who sends what to whom: each actor a node, in the data's order, and each flow an arrow
 * from its sender to its receiver, labelled with what flows. An arrow here means "flows to".
 */
export const actorsDiagram: DiagramBuilder = (article) => {
  const { actors } = article
  const flows = flowsBetween(article)
  const node = (id: string) => mermaidId('a', id)
  return {
    id: 'actors',
    title: 'Actors and flows',
    summary: `${flows.length} flows between ${actors.map(a => a.name).join(', ')}.`,
    lines: flows.map(({ flow, from, to }) => `${from.name} → ${to.name}: ${flow.label}`),
    labels: [...actors.map(a => a.name), ...flows.map(({ flow }) => flow.label)],
    sections: [...new Set(flows.map(({ flow }) => flow.section))],
    sources: [],
    mermaid: flowchart('LR', { wrappingWidth: 120, rankSpacing: 12, nodeSpacing: 20, padding: 8 }, [
      ...actors.map(a => `${node(a.id)}["${mermaidLabel(a.name)}"]`),
      ...flows.map(({ flow }) => `${node(flow.from)} -->|"${mermaidLabel(flow.label)}"| ${node(flow.to)}`),
    ]),
  }
}
