/** A diagram as Mermaid text and its text alternative, both generated from the same data. */
export interface Diagram {
  id: string
  title: string
  /** One sentence for screen readers and the caption. */
  summary: string
  /** The diagram's content as plain sentences, for the visible text alternative. */
  lines: string[]
  /** Every label drawn in the diagram: what a reader must find in the PDF. */
  labels: string[]
  /** Article sections the diagram draws on. */
  sections: string[]
  /** Public sources (URLs) of the context facts drawn, if any. */
  sources: string[]
  /** The diagram in Mermaid's syntax, every label from the data escaped for it. */
  mermaid: string
}
