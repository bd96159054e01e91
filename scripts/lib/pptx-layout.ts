import { readFile } from 'node:fs/promises'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { round } from '../../charts/geometry'

// Where the text of a PPTX lands once another program has laid it out: read from the PDF
// that program printed (LibreOffice, in the tests), so the file is judged by what a
// colleague would see, not by what the exporter meant.

/** One run of text as drawn, in points from the page's top left. */
export interface PlacedText {
  text: string
  /** The tagged-PDF paragraph it belongs to: runs of one paragraph may touch, others may not. */
  group: number
  x0: number
  x1: number
  top: number
  bottom: number
  baseline: number
  size: number
}

/** A page's size and the links on it, each with the page it jumps to or the URL it opens. */
export interface PageLayout {
  width: number
  height: number
  texts: PlacedText[]
  links: { rect: [number, number, number, number], page?: number, url?: string }[]
}

// Glyphs of Latin text sit between about a descender below and an ascender above the
// baseline; the em box (`size`) would make lines set at 1.2 em look like they touch.
const ASCENT = 0.75
const DESCENT = 0.2

/** Every page of a PDF with its drawn text and links (needs a tagged PDF for paragraph groups). */
export async function readPdfLayout(file: string): Promise<PageLayout[]> {
  const doc = await getDocument({ data: new Uint8Array(await readFile(file)), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise
  const pages: PageLayout[] = []
  let nextGroup = 0
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i)
    const { width, height } = page.getViewport({ scale: 1 })
    const content = await page.getTextContent({ includeMarkedContent: true })
    const open: number[] = []
    const texts: PlacedText[] = []
    for (const item of content.items) {
      if ('type' in item) {
        if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps')
          open.push(nextGroup++)
        else if (item.type === 'endMarkedContent')
          open.pop()
        continue
      }
      if (!item.str.trim())
        continue
      const [a, b, , , e, f] = item.transform as number[]
      const size = Math.hypot(a, b)
      texts.push({
        text: item.str,
        group: open.at(-1) ?? nextGroup++,
        x0: e,
        x1: e + item.width,
        top: height - f - ASCENT * size,
        bottom: height - f + DESCENT * size,
        baseline: height - f,
        size,
      })
    }
    const links: PageLayout['links'] = []
    for (const a of await page.getAnnotations() as { subtype: string, rect: number[], url?: string, dest?: unknown }[]) {
      if (a.subtype !== 'Link')
        continue
      const rect: PageLayout['links'][number]['rect'] = [a.rect[0], height - a.rect[3], a.rect[2], height - a.rect[1]]
      const dest = typeof a.dest === 'string' ? await doc.getDestination(a.dest) : a.dest as unknown[] | undefined
      const target = Array.isArray(dest) ? await doc.getPageIndex(dest[0] as { num: number, gen: number }) + 1 : undefined
      links.push({ rect, page: target, url: a.url })
    }
    pages.push({ width, height, texts, links })
  }
  await doc.destroy()
  return pages
}

const quote = (t: PlacedText) => `"${t.text.trim().slice(0, 50)}${t.text.trim().length > 50 ? '…' : ''}"`

/** Text drawn past a page's edges, by more than `tolerance` points. */
export function textOffPage(page: Pick<PageLayout, 'width' | 'height' | 'texts'>, tolerance = 0.5): string[] {
  return page.texts.flatMap((t) => {
    const past = [
      ['left', -t.x0],
      ['right', t.x1 - page.width],
      ['top', -t.top],
      ['bottom', t.bottom - page.height],
    ].filter(([, by]) => (by as number) > tolerance)
    return past.map(([edge, by]) => `${quote(t)} runs ${round(by as number)} pt past the ${edge} edge`)
  })
}

/** Pairs of text runs from different paragraphs drawn over each other by more than `tolerance` points each way. */
export function textOverText(page: Pick<PageLayout, 'texts'>, tolerance = 1): string[] {
  const problems: string[] = []
  const { texts } = page
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i]
      const b = texts[j]
      if (a.group === b.group)
        continue
      const across = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)
      const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
      if (across > tolerance && down > tolerance)
        problems.push(`${quote(a)} and ${quote(b)} are drawn over each other (${round(across)} × ${round(down)} pt)`)
    }
  }
  return problems
}

/**
 * Verdict badges set inside a sentence (a paragraph with other text) that left it: each
 * must follow the text before it on its line, or open the next line at the paragraph's left
 * edge when the line is full, not sit anywhere else. `words` are the badge words as drawn
 * (upper case). Returns how many badges it found in sentences, and the problems.
 */
export function badgesInSentences(page: Pick<PageLayout, 'texts'>, words: readonly string[]): { found: number, problems: string[] } {
  const problems: string[] = []
  let found = 0
  const badge = new RegExp(`(?:^|\\s)(?:${words.join('|')})$`)
  page.texts.forEach((t, i) => {
    const text = t.text.trim()
    if (!badge.test(text))
      return
    const paragraph = page.texts.filter(o => o.group === t.group)
    const before = page.texts.slice(0, i).filter(o => o.group === t.group).at(-1)
    if (text.includes(' ')) {
      found++ // Drawn in one run with the words before it, so on their line.
      return
    }
    if (!before)
      return // A badge of its own, as in the checks table's verdict column.
    found++
    const size = Math.max(before.size, t.size)
    const down = t.baseline - before.baseline
    const gap = t.x0 - before.x1
    const left = Math.min(...paragraph.map(o => o.x0))
    const onItsLine = Math.abs(down) <= 0.35 * size && gap >= -1 && gap <= 1.5 * before.size
    const opensNextLine = down >= 0.8 * before.size && down <= 2 * size && t.x0 - left <= 0.5 * t.size
    if (!onItsLine && !opensNextLine)
      problems.push(`the badge ${quote(t)} is not beside ${quote(before)}, the words it follows (${round(gap)} pt across, ${round(down)} pt down)`)
  })
  return { found, problems }
}

/** The paragraphs (of `expected`, whitespace ignored) that are not among a page's drawn text: clipped or lost. */
export function textMissing(page: Pick<PageLayout, 'texts'>, expected: readonly string[]): string[] {
  const squash = (s: string) => s.replace(/\s+/g, '')
  const drawn = squash(page.texts.map(t => t.text).join(''))
  return expected.filter(p => squash(p) && !drawn.includes(squash(p))).map(p => `"${p.trim().slice(0, 60)}" is not drawn (cut off?)`)
}
