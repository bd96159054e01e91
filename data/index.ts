import { articleData } from './article'
import { validateArticle } from './validate'

/** The deck's single source of facts, validated once at import and frozen. */
export const article = validateArticle(articleData)

export * from './format'
export * from './pages'
export type * from './schema'
export * from './selectors'
export * from './verdicts'
