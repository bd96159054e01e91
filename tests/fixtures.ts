import type { Article } from '../data/schema'
import { articleData } from '../data/article'

/** A deep, mutable copy of the real data, for tests that break or extend it. */
export function cloneArticle(): Article {
  return structuredClone(articleData) as unknown as Article
}
