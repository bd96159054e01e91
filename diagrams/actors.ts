import type { DiagramData } from '../data/schema'
import type { Diagram } from './types'
import { flowchart, mermaidId, mermaidLabel } from './mermaid-text'

/**
 * Who sends what to whom: each actor a node, in the data's order, and one arrow from a
 * sender to a receiver, labelled with every flow between them, one a line, in the data's
 * order. An arrow here means "flows to"; one arrow a direction keeps each arrowhead clear
 * of the others, where four arrows between the same two actors met in one blot.
 */
export function actorsDiagram(d: Extract<DiagramData, { kind: 'actors' }>): Diagram {
  const { actors } = d
  const name = (id: string) => actors.find(a => a.id === id)!.name
  const node = (id: string) => mermaidId('a', id)
  const arrows = new Map<string, typeof d.flows>()
  for (const f of d.flows) {
    const arrow = `${node(f.from)} --> ${node(f.to)}`
    arrows.set(arrow, [...arrows.get(arrow) ?? [], f])
  }
  return {
    id: d.id,
    title: d.title,
    summary: `${d.flows.length} flows between ${actors.map(a => a.name).join(', ')}.`,
    lines: d.flows.map(f => `${name(f.from)} → ${name(f.to)}: ${f.label}`),
    labels: [...actors.map(a => a.name), ...d.flows.map(f => f.label)],
    sections: [...new Set(d.flows.map(f => f.section))],
    sources: [],
    mermaid: flowchart('LR', { wrappingWidth: 120, rankSpacing: 12, nodeSpacing: 20, padding: 8 }, [
      ...actors.map(a => `${node(a.id)}["${mermaidLabel(a.name)}"]`),
      ...Array.from(arrows, ([arrow, between]) => arrow.replace(' --> ', ` -->|"${between.map(f => mermaidLabel(f.label)).join('<br>')}"| `)),
    ]),
  }
}
