import type { Article } from './schema'
import { deepFreeze } from './freeze'

/**
 * What the built site uses in place of ./validate: vite.config.ts has validated the data
 * in Node before the build (which fails on any broken field), and the site's copy is that
 * validated data (vite/deck-data.ts), so the browser is spared zod and a second parse.
 */
export function validateArticle(raw: unknown): Readonly<Article> {
  return deepFreeze(raw as Article)
}
