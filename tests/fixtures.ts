import type { Article } from '../data/schema'
import deckData from '../data/india-russia/index'

/** A deep, mutable copy of the deck under test's data as written, for tests that break or extend it. */
export function cloneArticle(): Article {
  return structuredClone(deckData) as unknown as Article
}
