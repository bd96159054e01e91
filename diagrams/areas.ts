import type { Article, DiagramData } from '../data/schema'
import type { Diagram } from './types'
import { pointById } from '../data/selectors'
import { flowchart, mermaidId, mermaidLabel } from './mermaid-text'

/**
 * The areas the article names, under the hub they belong to: one column per area, its
 * items (labelled points) stacked inside it in the data's order, joined by invisible
 * links, which is how Mermaid stacks nodes that nothing connects.
 */
export function areasDiagram(article: Readonly<Article>, d: Extract<DiagramData, { kind: 'areas' }>): Diagram {
  const areas = d.areas.map(area => ({ area, points: area.points.map(id => pointById(article, id)) }))
  const item = (areaId: string, n: number) => mermaidId('area', `${areaId}-${n + 1}`)
  const itemLabel = (p: { id: string, label?: string }) => p.label ?? p.id
  return {
    id: d.id,
    title: d.title,
    summary: `${d.areas.length} areas under “${d.hub}”: ${d.areas.map(a => a.label).join(', ')}.`,
    lines: areas.map(({ area, points }) => `${area.label}: ${points.map(itemLabel).join(', ')}`),
    labels: [d.hub, ...areas.flatMap(({ area, points }) => [area.label, ...points.map(itemLabel)])],
    sections: [...new Set(areas.flatMap(({ points }) => points.map(p => p.section)))],
    sources: [],
    mermaid: flowchart('TB', { wrappingWidth: 150, rankSpacing: 8, nodeSpacing: 12, padding: 4 }, [
      `root["${mermaidLabel(d.hub)}"]`,
      ...areas.flatMap(({ area, points }) => [
        `subgraph ${mermaidId('area', area.id)}["${mermaidLabel(area.label)}"]`,
        ...points.map((p, n) => `  ${item(area.id, n)}["${mermaidLabel(itemLabel(p))}"]`),
        ...points.slice(1).map((_, n) => `  ${item(area.id, n)} ~~~ ${item(area.id, n + 1)}`),
        '  end',
        `root --- ${mermaidId('area', area.id)}`,
      ]),
    ]),
  }
}
