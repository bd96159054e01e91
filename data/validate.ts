import type { z } from 'zod'
import type { Article } from './schema'
import { deepFreeze } from './freeze'
import { articleSchema } from './schema'

export class ArticleDataError extends Error {
  constructor(readonly issues: { path: string, message: string }[]) {
    super(`Invalid article data:\n${issues.map(i => `  - ${i.path}: ${i.message}`).join('\n')}`)
    this.name = 'ArticleDataError'
  }
}

function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>((out, key) =>
    typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key), '') || '(root)'
}

/** Parses raw data, naming each broken field and rule, and returns it frozen. */
export function validateArticle(raw: unknown): Readonly<Article> {
  const result = articleSchema.safeParse(raw)
  if (!result.success) {
    throw new ArticleDataError((result.error as z.ZodError).issues.map(i => ({
      path: formatPath(i.path),
      message: i.message,
    })))
  }
  return deepFreeze(result.data)
}
