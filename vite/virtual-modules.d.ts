// What `virtual:deck-address` (vite/deck-address.ts) gives the slides.
declare module 'virtual:deck-address' {
  export const address: import('./deck-address').DeckAddress | null
}

// Each data diagram's drawing and text alternative, by the diagram's id (vite/mermaid/data-diagrams.ts).
declare module 'virtual:deck-diagrams' {
  type Diagram = import('./../diagrams/types').Diagram
  const diagrams: Record<string, Pick<Diagram, 'title' | 'summary' | 'lines' | 'sources'> & { drawing: import('vue').Component }>
  export default diagrams
}

// The data module of the deck being built (vite/deck-data.ts): data/<deck>/index.ts's default export.
declare module 'virtual:deck-data' {
  const data: import('./../data/schema').ArticleInput
  export default data
}
