import type { z } from 'zod'
import type { Article } from './schema'
import { deepFreeze } from './freeze'
import { hiddenCharacterIssues } from './hidden-characters'
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
  const issues = [...hiddenCharacterIssues(raw), ...result.success ? [] : (result.error as z.ZodError).issues]
  if (issues.length || !result.success)
    throw new ArticleDataError(issues.map(i => ({ path: formatPath(i.path), message: i.message })))
  return deepFreeze(result.data)
}
