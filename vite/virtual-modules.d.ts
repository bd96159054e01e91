// What `virtual:deck-address` (vite/deck-address.ts) gives the slides.
declare module 'virtual:deck-address' {
  export const address: import('./deck-address').DeckAddress | null
}
