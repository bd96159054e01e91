// What a printed handout must be before it replaces a good one: every slide's title as
// text on its own page, the page count its layout gives, tags for screen readers, working
// links, every font embedded, no text too small to read on paper, and a size to email.
import { stat } from 'node:fs/promises'
import { expectedHandoutPages, type HandoutLayout, SLIDES_PER_STUDENT_PAGE } from './handout'
import { fontsNotEmbedded, readPdfText } from './pdf'

export const HANDOUT_LIMITS = { bytes: 1.5 * 1024 * 1024, smallestPt: 6.5 } as const

const squash = (s: string) => s.replace(/\s+/g, '').replace(/[’]/g, '\'').toLowerCase()

/**
 * The page (0-based) each slide is on, found by its title in order: the student handout
 * has two slides a page; the briefing handout starts each slide on a page of its own. -1
 * where a title is not found.
 */
export function slidePages(pages: readonly string[], titles: readonly string[], layout: HandoutLayout): number[] {
  let from = 0
  return titles.map((title, i) => {
    const page = layout === 'student'
      ? Math.floor(i / SLIDES_PER_STUDENT_PAGE)
      : pages.findIndex((text, p) => p >= from && squash(text).includes(squash(title)))
    if (page < 0 || !squash(pages[page] ?? '').includes(squash(title)))
      return -1
    from = page + 1
    return page
  })
}

export async function checkHandoutPdf(file: string, layout: HandoutLayout, titles: string[]): Promise<string[]> {
  const { pages, links, tagged, smallestText } = await readPdfText(file)
  const problems: string[] = []
  const expected = expectedHandoutPages(layout, titles.length)
  if (layout === 'briefing' ? pages.length < expected : pages.length !== expected)
    problems.push(`has ${pages.length} pages, expected ${layout === 'briefing' ? 'at least ' : ''}${expected}`)
  if (!tagged)
    problems.push('is not tagged for screen readers')
  slidePages(pages, titles, layout).forEach((page, i) => {
    if (page < 0)
      problems.push(`does not carry slide ${i + 1}'s title "${titles[i]}" as text where it should`)
  })
  if (!links.flat().length)
    problems.push('has no links')
  smallestText.forEach((pt, i) => {
    if (pt && pt < HANDOUT_LIMITS.smallestPt)
      problems.push(`page ${i + 1} has text at ${pt.toFixed(1)} pt, under ${HANDOUT_LIMITS.smallestPt} pt`)
  })
  const unembedded = await fontsNotEmbedded(file)
  if (unembedded.length)
    problems.push(`does not embed ${unembedded.join(', ')}`)
  const { size } = await stat(file)
  if (size > HANDOUT_LIMITS.bytes)
    problems.push(`is ${(size / 1024 / 1024).toFixed(1)} MB, over ${HANDOUT_LIMITS.bytes / 1024 / 1024} MB`)
  return problems
}
