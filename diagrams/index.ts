import type { Article } from '../data/schema'
import type { Diagram, DiagramBuilder } from './types'
import { epiloguePages } from '../data/pages'
import { actorsDiagram } from './actors'
import { cooperationDiagram } from './cooperation'
import { epilogueDiagram } from './epilogue'
import { escalationDiagram } from './escalation'

export const diagramBuilders = {
  escalation: escalationDiagram,
  actors: actorsDiagram,
  cooperation: cooperationDiagram,
  epilogue: epilogueDiagram,
} satisfies Record<string, DiagramBuilder>

export type DiagramId = keyof typeof diagramBuilders

/** How many slides a diagram spans: the epilogue is split into pages, the rest fit one. */
export function diagramPageCount(id: DiagramId, article: Readonly<Article>): number {
  return id === 'epilogue' ? epiloguePages(article).length : 1
}

/** Every diagram the deck draws, page by page. */
export function allDiagrams(article: Readonly<Article>): Diagram[] {
  return (Object.keys(diagramBuilders) as DiagramId[]).flatMap(id =>
    Array.from({ length: diagramPageCount(id, article) }, (_, i) => diagramBuilders[id](article, i + 1)))
}
export type { Diagram } from './types'
