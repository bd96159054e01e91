import type { HandoutLayout } from './handout-page'
import type { ShownRun } from './handout-print'
import type { TextRun } from './pdf'
// What a printed handout must be before it replaces a good one: every slide's title as
// text on its own page, the page count its layout gives, tags for screen readers, working
// links, every font embedded, body text at its layout's size and nothing smaller than
// 6.5 pt on paper, and a size to email.
import { stat } from 'node:fs/promises'
import { round } from '../../charts/geometry'
import { expectedHandoutPages, SLIDES_PER_STUDENT_PAGE } from './handout-page'
import { comparable, fontsNotEmbedded, readPdfText } from './pdf'

/**
 * Sizes on paper: nothing under 6.5 pt, and body text at 8 pt on the student handout, 9 pt
 * on the briefing one, where it is read at arm's length beside the notes.
 */
export const HANDOUT_LIMITS = {
  bytes: 1.5 * 1024 * 1024,
  smallestPt: 6.5,
  bodyPt: { student: 8, briefing: 9 } satisfies Record<HandoutLayout, number>,
} as const

/**
 * The deck's small print (labels, badges, captions, source lines, footers) is set at 14 px;
 * everything larger on a slide is body text.
 */
export const SMALL_PRINT_PX = 14

/**
 * The runs of a page's text that a slide sets as body text but that print under `minPt`.
 * A printed run is body text when it is part of a run the slide showed above the small
 * print's size and of no small print on the page (`alsoOnPage`: the other slides there):
 * a run found in both, such as a lone digit, is left out rather than guessed at.
 */
export function bodyTextUnder(printed: readonly TextRun[], shown: readonly ShownRun[], minPt: number, alsoOnPage: readonly ShownRun[] = []): TextRun[] {
  const body = shown.filter(r => r.px > SMALL_PRINT_PX).map(r => comparable(r.text))
  const small = [...shown, ...alsoOnPage].filter(r => r.px <= SMALL_PRINT_PX).map(r => comparable(r.text))
  return printed.filter((run) => {
    const text = comparable(run.text)
    // The handout's own footer prints its page numbers as runs of their own: a "4" there is
    // not the 4 of a slide's "14329".
    if (/^\d+$/.test(text))
      return false
    // Sizes are read to a tenth of a point: 8.9999 is 9.
    return round(run.size) < minPt && body.some(b => b.includes(text)) && !small.some(s => s.includes(text))
  })
}

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
export async function checkHandoutPdf(file: string, layout: HandoutLayout, titles: string[], shown: ShownRun[][] = []): Promise<string[]> {
  const { pages, links, tagged, smallestText, runs } = await readPdfText(file)
  const problems: string[] = []
  const at = slidePages(pages, titles, layout)
  const some = (texts: string[]) => `${texts.slice(0, 3).map(t => `"${t.slice(0, 40)}"`).join(', ')}${texts.length > 3 ? ` and ${texts.length - 3} more` : ''}`
  shown.forEach((slide, i) => {
    if (at[i] < 0)
      return
    // The briefing handout's slide may run on; its text is on its page or the next.
    const on = layout === 'briefing' ? [at[i], at[i] + 1] : [at[i]]
    const text = comparable(on.map(p => pages[p] ?? '').join(' '))
    const lost = slide.filter(run => !text.includes(comparable(run.text)))
    if (lost.length)
      problems.push(`slide ${i + 1}'s text did not come out as text: ${some(lost.map(r => r.text))}`)
    const others = shown.filter((_, j) => j !== i && at[j] === at[i]).flat()
    const under = bodyTextUnder(runs[at[i]] ?? [], slide, HANDOUT_LIMITS.bodyPt[layout], others)
    if (under.length)
      problems.push(`slide ${i + 1}'s body text prints at ${Math.min(...under.map(r => r.size)).toFixed(1)} pt, under ${HANDOUT_LIMITS.bodyPt[layout]} pt: ${some(under.map(r => r.text))}`)
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
