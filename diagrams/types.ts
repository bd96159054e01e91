import type { Article } from '../data/schema'

/** A diagram and its text alternative, both generated from the same data. */
export interface Diagram {
  id: string
  title: string
  /** One sentence for screen readers (Mermaid accDescr) and the caption. */
  summary: string
  /** The diagram's content as plain sentences, for the visible text alternative. */
  lines: string[]
  /** Every label drawn in the diagram, unescaped: what a reader must find in the PDF. */
  labels: string[]
  /** Article sections the diagram draws on. */
  sections: string[]
  /** Public sources (URLs) of the context facts drawn, if any. */
  sources: string[]
  code: string
}

/** `page` selects one slide's share of a diagram that spans several slides (1-based). */
export type DiagramBuilder = (article: Readonly<Article>, page?: number) => Diagram
