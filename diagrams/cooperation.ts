import type { DiagramBuilder } from './types'
import { areaPoints } from '../data/selectors'
import { escapeLabel, nodeId } from './escape'
import { header } from './header'

/** The cooperation areas the article names, each with its items in a column. */
export const cooperationDiagram: DiagramBuilder = (article) => {
  const title = 'Where the partnership is meant to grow'
  const summary = `${article.areas.length} areas of cooperation named in the article: ${article.areas.map(a => a.label).join(', ')}.`
  const areas = article.areas.map(area => ({ area, points: areaPoints(article, area) }))
  const code = [
    ...header('flowchart TB', title, summary),
    `  root["${escapeLabel(article.partnership)}"]`,
    // Unlinked nodes in an LR subgraph stack vertically: one readable column per area.
    ...areas.flatMap(({ area, points }) => [
      `  subgraph ${nodeId('area', area.id)} ["${escapeLabel(area.label)}"]`,
      '    direction LR',
      ...points.map(p => `    ${nodeId('p', p.id)}["${escapeLabel(p.label ?? p.id)}"]`),
      '  end',
    ]),
    ...areas.map(({ area }) => `  root --> ${nodeId('area', area.id)}`),
  ].join('\n')
  return {
    id: 'cooperation',
    title,
    summary,
    lines: areas.map(({ area, points }) => `${area.label}: ${points.map(p => p.label).join(', ')}`),
    labels: [article.partnership, ...areas.flatMap(({ area, points }) => [area.label, ...points.map(p => p.label ?? p.id)])],
    sections: [...new Set(areas.flatMap(({ points }) => points.map(p => p.section)))],
    sources: [],
    code,
  }
}
