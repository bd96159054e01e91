import type { SlideInfo } from '@slidev/types'
import type { Article } from '../../data/schema'
import type { Verdict } from '../../data/verdicts'
import type { PdfText } from './pdf'
import { freshnessLine } from '../../data/format'
import { checkPages, epiloguePages } from '../../data/pages'
import { briefingEvents, briefingOf, checksWith, sectionById } from '../../data/selectors'
import { diagramById } from '../../diagrams'
import { componentUsages, listed } from '../../vite/slide-references'
import { comparable } from './pdf'

type Shown = (a: Readonly<Article>, props: Record<string, string>) => string[]
const pageOf = (props: Record<string, string>) => Number(props[':page'] ?? 1) - 1

// What each component shows of the data that the PDF's text must hold.
const SHOWN: Record<string, Shown> = {
  SourcesList: (a, p) => (p.part ?? 'article') === 'article' ? a.source.sections.map(s => s.heading) : [],
  ArticleDiagram: (a, p) => diagramById(a, p.id).labels,
  EventTimeline: (a, p) => (epiloguePages(a)[pageOf(p)] ?? []).map(e => e.label),
  CriticalReading: (a, p) => (checkPages(a)[pageOf(p)] ?? []).map(c => c.verdict),
  CheckTally: (a, p) => checksWith(a, listed(p[':verdicts']) as Verdict[]).flatMap(c => [c.topic, c.verdict]),
  BottomLine: a => briefingOf(a).bottomLine.map(b => b.text),
  EventList: (a, p) => briefingEvents(a, p.pick as 'changes' | 'watch').map(e => e.label),
}

/**
 * Text the slides PDF must contain: what the deck's own slides show of its data (the
 * headings of the sections each slide cites in its footer, each diagram's labels, each
 * timeline page's events, each page of checks' verdicts, the briefing's lines), and how
 * fresh the context is (the footers' line).
 */
export function requiredPdfText(article: Readonly<Article>, slides: readonly Pick<SlideInfo, 'content' | 'frontmatter'>[]): string[] {
  return [...new Set([
    freshnessLine(article.meta),
    ...slides.flatMap(s => [
      ...((s.frontmatter.sources as string[] | undefined) ?? []).map(id => sectionById(article, id).heading),
      ...componentUsages(s.content).flatMap(u => SHOWN[u.component]?.(article, u.props) ?? []),
    ]),
  ])]
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
