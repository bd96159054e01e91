import type { DiagramBuilder } from './types'
import { flowsBetween } from '../data/selectors'
import { flowchart, mermaidId, mermaidLabel } from './mermaid-text'

/**
 * Who sends what to whom: each actor a node, in the data's order, and one arrow from a
 * sender to a receiver, labelled with every flow between them, one a line, in the data's
 * order. An arrow here means "flows to"; one arrow a direction keeps each arrowhead clear
 * of the others, where four arrows between the same two actors met in one blot.
 */
export const actorsDiagram: DiagramBuilder = (article) => {
  const { actors } = article
  const flows = flowsBetween(article)
  const node = (id: string) => mermaidId('a', id)
  const arrows = new Map<string, typeof flows>()
  for (const f of flows) {
    const arrow = `${node(f.flow.from)} --> ${node(f.flow.to)}`
    arrows.set(arrow, [...arrows.get(arrow) ?? [], f])
  }
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
      ...Array.from(arrows, ([arrow, between]) => arrow.replace(' --> ', ` -->|"${between.map(({ flow }) => mermaidLabel(flow.label)).join('<br>')}"| `)),
    ]),
  }
}
