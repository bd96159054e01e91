/** The sub-path the browser suites build and serve the deck under. */
export const BASE = '/deck/'
