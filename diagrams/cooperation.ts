import type { DiagramBuilder } from './types'
import { areaPoints } from '../data/selectors'
import { flowchart, mermaidId, mermaidLabel } from './mermaid-text'

/**
 * The cooperation areas the article names, under the partnership they belong to: one
 * column per area, its items stacked inside it in the data's order (joined by invisible
 * links, which is how Mermaid stacks nodes that nothing connects).
 */
export const cooperationDiagram: DiagramBuilder = (article) => {
  const areas = article.areas.map(area => ({ area, points: areaPoints(article, area) }))
  const item = (areaId: string, n: number) => mermaidId('area', `${areaId}-${n + 1}`)
  const itemLabel = (p: { id: string, label?: string }) => p.label ?? p.id
  return {
    id: 'cooperation',
    title: 'Where the partnership is meant to grow',
    summary: `${article.areas.length} areas of cooperation named in the article: ${article.areas.map(a => a.label).join(', ')}.`,
    lines: areas.map(({ area, points }) => `${area.label}: ${points.map(itemLabel).join(', ')}`),
    labels: [article.partnership, ...areas.flatMap(({ area, points }) => [area.label, ...points.map(itemLabel)])],
    sections: [...new Set(areas.flatMap(({ points }) => points.map(p => p.section)))],
    sources: [],
    mermaid: flowchart('TB', { wrappingWidth: 150, rankSpacing: 8, nodeSpacing: 12, padding: 4 }, [
      `root["${mermaidLabel(article.partnership)}"]`,
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
