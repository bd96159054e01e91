import type { Article } from '../data/schema'
import type { Diagram, DiagramBuilder } from './types'
import { actorsDiagram } from './actors'
import { cooperationDiagram } from './cooperation'
import { escalationDiagram } from './escalation'

export const diagramBuilders = {
  escalation: escalationDiagram,
  actors: actorsDiagram,
  cooperation: cooperationDiagram,
} satisfies Record<string, DiagramBuilder>

export type DiagramId = keyof typeof diagramBuilders

/** Every diagram the deck draws. */
export function allDiagrams(article: Readonly<Article>): Diagram[] {
  return (Object.keys(diagramBuilders) as DiagramId[]).map(id => diagramBuilders[id](article))
}
export type { Diagram } from './types'
