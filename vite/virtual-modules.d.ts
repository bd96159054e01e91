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
