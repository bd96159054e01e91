// What `virtual:deck-address` (vite/deck-address.ts) gives the slides.
declare module 'virtual:deck-address' {
  export const address: import('./deck-address').DeckAddress | null
}

// Each data diagram's drawing, by the diagram's id (vite/mermaid/data-diagrams.ts).
declare module 'virtual:deck-diagrams' {
  const drawings: Record<string, import('vue').Component>
  export default drawings
}
