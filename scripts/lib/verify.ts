import type { Article } from '../../data/schema'
import type { PdfText } from './pdf'
import { formatDate } from '../../data/format'
import { eventById } from '../../data/selectors'
import { allDiagrams } from '../../diagrams'
import { comparable } from './pdf'

/**
 * Text the slides PDF must contain. The class deck: every section heading, every diagram
 * label, every dated event of the timeline, the date the record was verified, and every
 * claim check's verdict. The briefing: its bottom line, every check's topic and verdict,
 * the events it lists, and the date the record was verified.
 */
export function requiredPdfText(article: Readonly<Article>, variant = 'class'): string[] {
  const shared = [`verified on ${formatDate(article.meta.verifiedOn)}`, ...new Set(article.assessments.map(s => s.verdict))]
  if (variant === 'briefing') {
    return [
      ...article.briefing.bottomLine.map(b => b.text),
      ...article.assessments.map(c => c.topic),
      ...[...article.briefing.changes, ...article.briefing.watch].map(id => eventById(article, id).label),
      ...shared,
    ]
  }
  return [
    ...article.source.sections.map(s => s.heading),
    ...allDiagrams(article).flatMap(d => d.labels),
    ...article.context.map(e => e.label),
    ...shared,
  ]
}

/** Problems with a slides PDF's tags, bookmarks and document metadata. */
export function checkPdfStructure(pdf: Pick<PdfText, 'outline' | 'info' | 'tagged'>, titles: string[]): string[] {
  const problems: string[] = []
  if (!pdf.tagged)
    problems.push('is not tagged for screen readers')
  const normal = (s: string) => s.replace(/’/g, '\'').trim()
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

/**
 * Problems found in a slides PDF's text; an empty list means it passed. `drawn` holds, page
 * by page, the labels the slide's figures drew: each must be text on its own page, not a picture.
 */
export function checkSlidesPdf(pages: string[], slideCount: number, required: string[], drawn: string[][] = []): string[] {
  const problems: string[] = []
  if (pages.length !== slideCount)
    problems.push(`has ${pages.length} pages, expected one per slide (${slideCount})`)
  pages.forEach((text, i) => {
    if (!text.trim())
      problems.push(`page ${i + 1} has no text`)
  })
  const all = comparable(pages.join(' '))
  for (const phrase of required) {
    if (!all.includes(comparable(phrase)))
      problems.push(`text "${phrase}" is missing`)
  }
  drawn.forEach((labels, i) => {
    const page = comparable(pages[i] ?? '')
    const lost = labels.filter(label => !page.includes(comparable(label)))
    if (lost.length)
      problems.push(`page ${i + 1} does not carry its figure's labels as text: ${lost.map(l => `"${l}"`).join(', ')}`)
  })
  return problems
}
