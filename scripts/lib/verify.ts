import type { Article } from '../../data/schema'
import type { PdfText } from './pdf'
import { formatDate } from '../../data/format'
import { allDiagrams } from '../../diagrams'

// What Mermaid (or Slidev's <Mermaid> wrapper) prints into a slide when a diagram fails.
export const MERMAID_ERROR = /Syntax error in text|Parse error on line|Lexical error on line|No diagram type detected|UnknownDiagramError/i

/** PDF text extraction breaks lines and spacing freely; compare without whitespace. */
const squash = (s: string) => s.replace(/\s+/g, '').normalize('NFC')

/**
 * Text the slides PDF must contain: every section heading, every diagram label, the
 * date the record was verified, and every claim check's verdict.
 */
export function requiredPdfText(article: Readonly<Article>): string[] {
  return [
    ...article.source.sections.map(s => s.heading),
    ...allDiagrams(article).flatMap(d => d.labels),
    `verified on ${formatDate(article.meta.verifiedOn)}`,
    ...new Set(article.assessments.map(s => s.verdict)),
  ]
}

/** Problems with a slides PDF's tags, bookmarks and document metadata. */
export function checkPdfStructure(pdf: Pick<PdfText, 'outline' | 'info' | 'tagged'>, titles: string[]): string[] {
  const problems: string[] = []
  if (!pdf.tagged)
    problems.push('is not tagged for screen readers')
  const normal = (s: string) => s.replace(/[’]/g, '\'').trim()
  const missing = titles.filter(t => !pdf.outline.map(normal).includes(normal(t)))
  if (missing.length)
    problems.push(`has no bookmark for ${missing.map(t => `"${t}"`).join(', ')}`)
  for (const key of ['Title', 'Author', 'Subject', 'Keywords'] as const) {
    if (!pdf.info[key]?.trim())
      problems.push(`has no ${key} in its metadata`)
  }
  if (pdf.info.Language !== 'en')
    problems.push('does not declare its language (en)')
  return problems
}

/** Problems found in a slides PDF's text; an empty list means it passed. */
export function checkSlidesPdf(pages: string[], slideCount: number, required: string[]): string[] {
  const problems: string[] = []
  if (pages.length !== slideCount)
    problems.push(`has ${pages.length} pages, expected one per slide (${slideCount})`)
  pages.forEach((text, i) => {
    if (!text.trim())
      problems.push(`page ${i + 1} has no text`)
    const error = text.match(MERMAID_ERROR)
    if (error)
      problems.push(`page ${i + 1} shows a Mermaid error ("${error[0]}")`)
  })
  const all = squash(pages.join(' '))
  for (const phrase of required) {
    if (!all.includes(squash(phrase)))
      problems.push(`text "${phrase}" is missing`)
  }
  return problems
}
