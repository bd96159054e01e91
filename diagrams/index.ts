import type { DiagramBuilder } from './types'
import { actorsDiagram } from './actors'
import { cooperationDiagram } from './cooperation'
import { escalationDiagram } from './escalation'

export const diagramBuilders = {
  escalation: escalationDiagram,
  actors: actorsDiagram,
  cooperation: cooperationDiagram,
} satisfies Record<string, DiagramBuilder>

export type DiagramId = keyof typeof diagramBuilders
export type { Diagram } from './types'
