import type { DiagramBuilder } from './types'
import { flowchart, mermaidId, mermaidLabel } from './mermaid-text'

/**
 * The article's own chronology, from oil purchases to the expected visit: dated steps in
 * the article's order, joined by plain lines. Lines, not arrows: the article lists these
 * steps in time; an arrow from one to the next would say the first caused the second.
 */
export const escalationDiagram: DiagramBuilder = (article) => {
  const { milestones } = article
  const node = (id: string) => mermaidId('m', id)
  return {
    id: 'escalation',
    title: 'How the article tells the escalation',
    summary: `${milestones.length} steps in the order the article gives them, the first dated “${milestones[0]?.when ?? ''}”, the last “${milestones.at(-1)?.when ?? ''}”.`,
    lines: milestones.map(m => `${m.when}: ${m.label}`),
    labels: milestones.flatMap(m => [m.when, m.label]),
    sections: [...new Set(milestones.map(m => m.section))],
    sources: [],
    mermaid: flowchart('LR', { wrappingWidth: 120, rankSpacing: 10, padding: 6 }, [
      ...milestones.map(m => `${node(m.id)}["${mermaidLabel(m.when)}<br>${mermaidLabel(m.label)}"]`),
      ...milestones.slice(1).map((m, i) => `${node(milestones[i].id)} --- ${node(m.id)}`),
    ]),
  }
}
