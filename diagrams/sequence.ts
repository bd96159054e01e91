import type { DiagramData } from '../data/schema'
import type { Diagram } from './types'
import { flowchart, mermaidId, mermaidLabel } from './mermaid-text'

/**
 * Dated steps in the article's order, joined by plain lines. Lines, not arrows: the
 * article lists these steps in time; an arrow from one to the next would say the first
 * caused the second.
 */
export function sequenceDiagram(d: Extract<DiagramData, { kind: 'sequence' }>): Diagram {
  const { steps } = d
  const node = (id: string) => mermaidId('m', id)
  return {
    id: d.id,
    title: d.title,
    summary: `${steps.length} steps in the order the article gives them, the first dated “${steps[0].when}”, the last “${steps.at(-1)!.when}”.`,
    lines: steps.map(m => `${m.when}: ${m.label}`),
    labels: steps.flatMap(m => [m.when, m.label]),
    sections: [...new Set(steps.map(m => m.section))],
    sources: [],
    mermaid: flowchart('LR', { wrappingWidth: 120, rankSpacing: 10, padding: 6 }, [
      ...steps.map(m => `${node(m.id)}["${mermaidLabel(m.when)}<br>${mermaidLabel(m.label)}"]`),
      ...steps.slice(1).map((m, i) => `${node(steps[i].id)} --- ${node(m.id)}`),
    ]),
  }
}
