// Printing the hosted deck as a reader does: open <base>print (no query) on a desktop
// screen, then the browser's print dialog. Chromium's dialog prints on the printer's paper
// (A4 or Letter here, landscape) with its default 1 cm margins, or, for "Save as PDF",
// honours the page's own @page size (Slidev's print mode sets one); page.pdf() without
// and with preferCSSPageSize prints those two ways. Background graphics stay off, as in
// the dialog.
import type { Buffer } from 'node:buffer'
import type { Browser, Page } from 'playwright-core'
import type { Watched } from './session'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { faqById } from '../../data'
import { waitForDrawing } from '../../scripts/lib/browse'
import { loadSlides } from '../../scripts/lib/deck'
import { readPdfText } from '../../scripts/lib/pdf'
import { printSlidesPdf } from '../../scripts/lib/slides-pdf'
import { article, entryOf } from '../deck-under-test'
import { openBrowser, watchedPage } from './session'
import { builtDeck, SITE_WAIT } from './site'

const slides = await loadSlides(await entryOf('class'))
const DESKTOP = { width: 1280, height: 800 }
const DPI = 40
const CM = DPI / 2.54
const DIALOG_MARGIN = { top: '1cm', right: '1cm', bottom: '1cm', left: '1cm' }
const PX_PER_PT = 96 / 72

const faqAnswers = slides
  .flatMap(s => [...s.content.matchAll(/<FaqReveal :ids="\[([^\]]*)\]"/g)])
  .flatMap(m => Array.from(m[1].matchAll(/'([^']+)'/g), id => faqById(article, id[1]).answer))

interface Printing {
  name: string
  options: Parameters<Page['pdf']>[0]
  /** Blank paper the dialog keeps at each edge, in pixels at DPI. */
  margin: number
}

const A4: Printing = { name: 'on A4 landscape paper', options: { format: 'A4', landscape: true }, margin: CM }
const LETTER: Printing = { name: 'on Letter landscape paper', options: { format: 'Letter', landscape: true }, margin: CM }
// Slidev's @page rule asks for no margin; "Save as PDF" honours it with the page size.
const SAVE_AS_PDF: Printing = { name: 'to "Save as PDF" at the page size the deck declares', options: { preferCSSPageSize: true }, margin: 0 }
const PRINTINGS = [A4, LETTER, SAVE_AS_PDF]

interface Raster { width: number, height: number, rgb: Buffer }

/** Every page of `pdf` as pixels, drawn by poppler, which did not write it. */
function rasterise(pdf: string): Raster[] {
  const dir = mkdtempSync(join(work, 'raster-'))
  const prefix = join(dir, 'page')
  const r = spawnSync('pdftoppm', ['-r', String(DPI), pdf, prefix])
  expect(r.status, `poppler (pdftoppm) is needed for this check: apt-get install -y poppler-utils\n${r.stderr}`).toBe(0)
  return readdirSync(dir).filter(f => f.startsWith('page')).sort().map((f) => {
    const data = readFileSync(join(dir, f))
    const header = data.toString('latin1', 0, 32).match(/^P6\s+(\d+)\s+(\d+)\s+255\s/)!
    return { width: Number(header[1]), height: Number(header[2]), rgb: data.subarray(header[0].length) }
  })
}

/** Where a page is printed on (anything not white paper), and its share of near-black pixels. */
function inked({ width, height, rgb }: Raster) {
  let left = width
  let right = 0
  let top = height
  let bottom = 0
  let black = 0
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3
      if (Math.max(rgb[i], rgb[i + 1], rgb[i + 2]) < 64)
        black++
      if (rgb[i] === 255 && rgb[i + 1] === 255 && rgb[i + 2] === 255)
        continue
      left = Math.min(left, x)
      right = Math.max(right, x + 1)
      top = Math.min(top, y)
      bottom = Math.max(bottom, y + 1)
    }
  }
  return { left, right, top, bottom, blackShare: black / (width * height) }
}

/**
 * What is wrong with how one printed page holds its slide. The slide, its background
 * (#fbfbf8 light, #10161f dark) included, is everything not white: it must have the
 * slide's proportions (a cut slide is narrower or shorter), sit inside the margins and be
 * centred on white paper, no smaller than the paper needs.
 */
function pageFaults(page: Raster, margin: number, slide: { width: number, height: number }): string[] {
  const ink = inked(page)
  const w = ink.right - ink.left
  const h = ink.bottom - ink.top
  const faults: string[] = []
  if (w <= 0)
    return ['nothing printed']
  const aspect = (w / h) / (slide.width / slide.height)
  if (Math.abs(aspect - 1) > 0.03)
    faults.push(`printed area is ${w}×${h} px, not the slide's proportions (cut off, or more than the slide)`)
  if (ink.left < margin - 1.5 || ink.top < margin - 1.5 || ink.right > page.width - margin + 1.5 || ink.bottom > page.height - margin + 1.5)
    faults.push(`printed area ${ink.left}–${ink.right} × ${ink.top}–${ink.bottom} reaches into the ${margin.toFixed(1)} px margin of a ${page.width}×${page.height} page`)
  if (Math.abs(ink.left - (page.width - ink.right)) > 2 || Math.abs(ink.top - (page.height - ink.bottom)) > 2)
    faults.push(`slide not centred: ${ink.left}/${page.width - ink.right} px left/right, ${ink.top}/${page.height - ink.bottom} px top/bottom`)
  const natural = slide.width * DPI / 96
  if (w < Math.min(natural, page.width - 2 * margin) * 0.97)
    faults.push(`slide printed ${w} px wide, smaller than the paper needs`)
  return faults
}

let deck: Awaited<ReturnType<typeof builtDeck>>
let browser: Browser
let work: string

/** Opens <base>print as a reader does and waits until every slide is drawn. */
async function openPrintView(colorScheme: 'light' | 'dark'): Promise<Watched> {
  const w = await watchedPage(browser, new URL(deck.url).origin, DESKTOP, colorScheme)
  await w.page.goto(`${deck.url}print`, { waitUntil: 'load' })
  // Each slide's code loads on its own; every one has its layout when the deck is drawn.
  await w.page.waitForFunction(n => document.querySelectorAll('.print-slide-container .slidev-layout').length >= n, slides.length)
  await waitForDrawing(w.page, w.page.locator('body'))
  await w.page.emulateMedia({ media: 'print' })
  return w
}

async function print(page: Page, printing: Printing, name: string): Promise<string> {
  const file = join(work, `${name}.pdf`)
  await page.pdf({ path: file, margin: DIALOG_MARGIN, ...printing.options })
  return file
}

const letters = (s: string) => s.replace(/\s+/g, '')

beforeAll(async () => {
  deck = await builtDeck()
  browser = await openBrowser()
  work = mkdtempSync(join(tmpdir(), 'deck-print-'))
}, SITE_WAIT)

afterAll(async () => {
  await browser?.close()
  await deck?.close()
  if (work)
    rmSync(work, { recursive: true, force: true })
})

describe('<base>print printed from the browser', () => {
  let w: Watched
  let headings: string[]
  let slideBox: { width: number, height: number }
  const printed = new Map<string, string>()

  beforeAll(async () => {
    w = await openPrintView('light')
    headings = await w.page.locator('.print-slide-container').evaluateAll(els => els.map(el => el.querySelector('h1')?.textContent ?? ''))
    slideBox = (await w.page.locator('.print-slide-container').first().boundingBox())!
    for (const [i, printing] of PRINTINGS.entries())
      printed.set(printing.name, await print(w.page, printing, `light-${i}`))
  }, 120_000)

  it('opens with every slide, no error and nothing fetched from elsewhere', () => {
    expect(headings).toHaveLength(slides.length)
    expect(headings.filter(h => !h.trim()), 'slides without a heading to find them by in the PDF').toEqual([])
    expect(w.take()).toEqual({ errors: [], external: [], dialogs: [] })
  })

  it('draws every diagram with ids of its own: no two elements on the page share one', async () => {
    const ids = await w.page.locator('.print-slide-container [id]').evaluateAll(els => els.map(el => el.id))
    const diagramIds = await w.page.locator('.print-slide-container [data-diagram] svg [id]').count()
    expect(diagramIds).toBeGreaterThan(0)
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
  })

  it('lays every slide out inside the page it is printed on (print media, in the DOM)', async () => {
    // The page a slide goes on is the @page rule named by its `page` property (or the
    // unnamed one); the slide's right and bottom edges must fall within that page's size.
    const outside = await w.page.locator('.print-slide-container').evaluateAll((els) => {
      const rules = [...document.styleSheets].flatMap((sheet) => {
        try {
          return [...sheet.cssRules]
        }
        catch {
          return []
        }
      }).flatMap(r => r instanceof CSSMediaRule ? [...r.cssRules] : [r]).filter((r): r is CSSPageRule => r instanceof CSSPageRule)
      return els.flatMap((el, i) => {
        const name = getComputedStyle(el).page
        const rule = rules.findLast(r => r.selectorText === (name === 'auto' ? '' : name) && r.style.getPropertyValue('size'))
        const [width, height] = (rule?.style.getPropertyValue('size') ?? '').split(/\s+/).map(v => v.endsWith('px') ? Number.parseFloat(v) : Number.NaN)
        const box = el.getBoundingClientRect()
        const content = el.querySelector('.slidev-layout')!.getBoundingClientRect()
        if (!(box.width <= width && box.height <= height))
          return [`slide ${i + 1} (${box.width}×${box.height}) on page "${name}" sized ${rule?.style.getPropertyValue('size') ?? 'by the paper'}`]
        if (content.right > box.right + 0.5 || content.bottom > box.bottom + 0.5)
          return [`slide ${i + 1}: its content runs past the slide`]
        return []
      })
    })
    expect(outside).toEqual([])
  })

  it('shows every FAQ answer, as the slides PDF does (all click steps revealed)', async () => {
    expect(faqAnswers.length).toBeGreaterThan(0)
    const shown = await w.page.locator('.print-slide-container .faq dd').evaluateAll(els => els
      .filter(el => getComputedStyle(el).visibility === 'visible' && Number(getComputedStyle(el).opacity) === 1 && !el.closest('.slidev-vclick-hidden'))
      .map(el => el.textContent?.trim()))
    expect(shown).toEqual(faqAnswers)
    const { pages } = await readPdfText(printed.get(A4.name)!)
    const all = letters(pages.join(''))
    expect(faqAnswers.filter(a => !all.includes(letters(a)))).toEqual([])
  })

  it('prints what the export\'s slides PDF shows (print?print=true), page for page', async () => {
    const exported = join(work, 'export.pdf')
    await printSlidesPdf(browser, { deckUrl: deck.url, count: slides.length, out: exported })
    const [reader, made] = await Promise.all([readPdfText(printed.get(SAVE_AS_PDF.name)!), readPdfText(exported)])
    expect(made.pages).toHaveLength(slides.length)
    // Spacing aside: the tagged PDF splits its text runs elsewhere.
    expect(reader.pages.flatMap((page, i) => {
      const [text, other] = [letters(page), letters(made.pages[i] ?? '')]
      if (text === other)
        return []
      const at = [...text].findIndex((c, j) => c !== other[j])
      return [`page ${i + 1} differs at "${text.slice(Math.max(0, at - 20), at + 50)}" / "${other.slice(Math.max(0, at - 20), at + 50)}"`]
    })).toEqual([])
  }, 60_000)

  describe.each(PRINTINGS)('$name', (printing) => {
    it('prints one page per slide, in order, each with text (no blank page)', async () => {
      const { pages } = await readPdfText(printed.get(printing.name)!)
      expect(pages.filter(p => !p.trim()).length, 'blank pages').toBe(0)
      expect(pages).toHaveLength(slides.length)
      expect(pages.flatMap((text, i) => letters(text).includes(letters(headings[i])) ? [] : [`page ${i + 1} lacks "${headings[i]}"`])).toEqual([])
    })

    it('prints each slide whole, centred inside the margins, on white paper, never mostly black', () => {
      const pages = rasterise(printed.get(printing.name)!)
      const faults = pages.flatMap((page, i) => {
        const { blackShare } = inked(page)
        return [...pageFaults(page, printing.margin, slideBox), ...(blackShare > 0.5 ? [`${Math.round(blackShare * 100)}% black`] : [])]
          .map(f => `page ${i + 1}: ${f}`)
      })
      expect(faults).toEqual([])
      expect(pages).toHaveLength(slides.length)
    })
  })

  it('"Save as PDF" makes every page at least the slide\'s size, so none is cut', async () => {
    const doc = await PDFDocument.load(readFileSync(printed.get(SAVE_AS_PDF.name)!))
    const small = doc.getPages().flatMap((p, i) => {
      const { width, height } = p.getSize()
      return width * PX_PER_PT >= slideBox.width && height * PX_PER_PT >= slideBox.height ? [] : [`page ${i + 1}: ${width}×${height} pt`]
    })
    expect(small).toEqual([])
  })
})

describe('<base>print printed from the browser with a dark system setting', () => {
  it('prints the dark slides on white paper, not on a dark page', async () => {
    const w = await openPrintView('dark')
    const pages = rasterise(await print(w.page, A4, 'dark-a4'))
    const slide = (await w.page.locator('.print-slide-container').first().boundingBox())!
    expect(pages.flatMap((page, i) => pageFaults(page, A4.margin, slide).map(f => `page ${i + 1}: ${f}`))).toEqual([])
    expect(pages).toHaveLength(slides.length)
    expect(w.take()).toEqual({ errors: [], external: [], dialogs: [] })
  }, 120_000)
})
