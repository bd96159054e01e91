// The engine's view of a deck's data: its types, selectors, formatters and pages. Which
// deck is shown comes from ./current (in a deck's build) or from scripts/lib/decks.ts.
export * from './format'
export * from './pages'
export type * from './schema'
export * from './selectors'
export * from './standing'
export * from './verdicts'
