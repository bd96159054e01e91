import type { Article, DiagramData } from '../data/schema'
import type { Diagram } from './types'
import { actorsDiagram } from './actors'
import { areasDiagram } from './areas'
import { sequenceDiagram } from './sequence'

/** One of the deck's diagrams as Mermaid text and its text alternative, by its kind. */
export function buildDiagram(article: Readonly<Article>, d: DiagramData): Diagram {
  if (d.kind === 'sequence')
    return sequenceDiagram(d)
  if (d.kind === 'actors')
    return actorsDiagram(d)
  return areasDiagram(article, d)
}

/** The deck's diagram called `id`, built. */
export function diagramById(article: Readonly<Article>, id: string): Diagram {
  const found = article.diagrams.find(d => d.id === id)
  if (!found)
    throw new Error(`Unknown diagram id "${id}"`)
  return buildDiagram(article, found)
}

/** Every diagram the deck's data declares. */
export function allDiagrams(article: Readonly<Article>): Diagram[] {
  return article.diagrams.map(d => buildDiagram(article, d))
}
export type { Diagram } from './types'
