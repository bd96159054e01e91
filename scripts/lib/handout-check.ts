// What a printed handout must be before it replaces a good one: every slide's title as
// text on its own page, the page count its layout gives, tags for screen readers, working
// links, every font embedded, no text too small to read on paper, and a size to email.
import { stat } from 'node:fs/promises'
import { expectedHandoutPages, type HandoutLayout, SLIDES_PER_STUDENT_PAGE } from './handout'
import { comparable, fontsNotEmbedded, readPdfText } from './pdf'

export const HANDOUT_LIMITS = { bytes: 1.5 * 1024 * 1024, smallestPt: 6.5 } as const

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
      : pages.findIndex((text, p) => p >= from && comparable(text).includes(comparable(title)))
    if (page < 0 || !comparable(pages[page] ?? '').includes(comparable(title)))
      return -1
    from = page + 1
    return page
  })
}

/**
 * Problems with a printed handout. `shown` is the text each slide showed, run by run: every
 * run must come out of the PDF as text, on the slide's page.
 */
export async function checkHandoutPdf(file: string, layout: HandoutLayout, titles: string[], shown: string[][] = []): Promise<string[]> {
  const { pages, links, tagged, smallestText } = await readPdfText(file)
  const problems: string[] = []
  const at = slidePages(pages, titles, layout)
  shown.forEach((runs, i) => {
    // The briefing handout's slide may run on; its text is on its page or the next.
    const text = comparable([pages[at[i]], layout === 'briefing' ? pages[at[i] + 1] : ''].join(' '))
    const lost = runs.filter(run => !text.includes(comparable(run)))
    if (at[i] >= 0 && lost.length)
      problems.push(`slide ${i + 1}'s text did not come out as text: ${lost.slice(0, 3).map(r => `"${r.slice(0, 40)}"`).join(', ')}${lost.length > 3 ? ` and ${lost.length - 3} more` : ''}`)
  })
  const expected = expectedHandoutPages(layout, titles.length)
  if (layout === 'briefing' ? pages.length < expected : pages.length !== expected)
    problems.push(`has ${pages.length} pages, expected ${layout === 'briefing' ? 'at least ' : ''}${expected}`)
  if (!tagged)
    problems.push('is not tagged for screen readers')
  at.forEach((page, i) => {
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
