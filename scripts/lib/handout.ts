// The printable handouts: the slides themselves (real text, vector figures, working links),
// laid out on paper with their notes and sources (briefing) or with room to write (student).
// handoutMarkup is pure: data in, escaped markup and CSS out, with an empty box where each
// slide goes; printHandout opens the built deck's print view, moves each drawn slide into
// its box, and prints.
import type { Browser } from 'playwright-core'
import { openPrintView } from './slides-pdf'
import { escapeXml as escape } from './markup'
import { type Paper, printedPdf } from './print-page'

export type { Paper }
export type HandoutLayout = 'briefing' | 'student'

export interface HandoutSlide {
  no: number
  title: string
  notes: string
  /** The article sections the slide draws on, as the footer names them. */
  source?: string
  links: string[]
}

export interface HandoutInput {
  layout: HandoutLayout
  paper: Paper
  slides: HandoutSlide[]
}

export const SLIDES_PER_STUDENT_PAGE = 2
/** The slide canvas, in CSS pixels. */
const CANVAS = { width: 980, height: 552 }
/**
 * How wide each slide is printed. At 175 mm the slide's smallest text (14 px: footers and
 * source lists) prints at 7.1 pt and its body text (16 px and up) at 8.1 pt or more, with
 * room left for two slides and ruled space on A4 or Letter; the briefing's at 180 mm.
 */
export const SLIDE_WIDTH_MM: Record<HandoutLayout, number> = { briefing: 180, student: 175 }

const mm = (n: number) => `${n}mm`
/** The paper's height inside its margins (14 mm above, 16 mm below), in mm. */
const CONTENT_HEIGHT_MM: Record<Paper, number> = { a4: 297 - 30, letter: 279.4 - 30 }
/** A student row's caption and the space around its slide and lines, in mm. */
const ROW_EXTRA_MM = 5 + 2 + 6 + 1

/** How tall the ruled space under each slide is, so that two rows fill the student page. */
export function writingSpaceMm(paper: Paper): number {
  const slide = SLIDE_WIDTH_MM.student * CANVAS.height / CANVAS.width
  return Math.floor(CONTENT_HEIGHT_MM[paper] / SLIDES_PER_STUDENT_PAGE - slide - ROW_EXTRA_MM)
}
const MM_TO_PX = 96 / 25.4

/** The factor from the slide's canvas to its printed width. */
export const slideScale = (layout: HandoutLayout): number => SLIDE_WIDTH_MM[layout] * MM_TO_PX / CANVAS.width

/** Speaker notes are markdown in an HTML comment; the handout shows their paragraphs as text. */
export function notesToParagraphs(notes: string): string[] {
  return notes.trim().split(/\n\s*\n/).map(p => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean)
}

/** Chromium's print footer: the deck, how fresh its context is, and the page number. */
export function handoutFooter(title: string, freshness: string): string {
  return `<div style="font: 9px Arial, sans-serif; color: #4a5568; width: 100%; padding: 0 14mm; display: flex; justify-content: space-between;">`
    + `<span>${escape(title)} · ${escape(freshness)}</span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`
}

/**
 * How many pages a layout takes: a page per slide for the briefing (at least: a slide with
 * many sources runs on), a page per two slides for students.
 */
export function expectedHandoutPages(layout: HandoutLayout, slideCount: number): number {
  return layout === 'briefing' ? slideCount : Math.ceil(slideCount / SLIDES_PER_STUDENT_PAGE)
}

const slideBox = (s: HandoutSlide) => `<div class="ho-slide-box" data-slide="${s.no}" role="group" aria-label="Slide ${s.no}: ${escape(s.title)}"></div>`

function briefingPage(s: HandoutSlide, total: number): string {
  return `<section class="ho-sheet ho-briefing">
  <div class="ho-head"><span class="ho-no">Slide ${s.no} of ${total}</span><h2>${escape(s.title)}</h2></div>
  ${slideBox(s)}
  <div class="ho-notes">${notesToParagraphs(s.notes).map(p => `<p>${escape(p)}</p>`).join('') || '<p class="ho-none">No speaker notes.</p>'}</div>
  <div class="ho-sources">
    ${s.source ? `<p><strong>Source:</strong> ${escape(s.source)}</p>` : ''}
    ${s.links.length ? `<ul>${s.links.map(u => `<li><a href="${escape(u)}">${escape(u)}</a></li>`).join('')}</ul>` : ''}
  </div>
</section>`
}

function studentPage(slides: HandoutSlide[], total: number): string {
  return `<section class="ho-sheet ho-student">${slides.map(s => `
  <div class="ho-row">
    <p class="ho-caption">${s.no}/${total} · ${escape(s.title)}</p>
    ${slideBox(s)}
    <div class="ho-lines" aria-label="Space for notes"></div>
  </div>`).join('')}
</section>`
}

/** The handout's pages, with an empty box for each slide, and the CSS that lays them out. */
export function handoutMarkup(input: HandoutInput): { css: string, body: string } {
  const total = input.slides.length
  const pages = input.layout === 'briefing'
    ? input.slides.map(s => briefingPage(s, total))
    : Array.from({ length: Math.ceil(total / SLIDES_PER_STUDENT_PAGE) }, (_, i) =>
        studentPage(input.slides.slice(i * SLIDES_PER_STUDENT_PAGE, (i + 1) * SLIDES_PER_STUDENT_PAGE), total))
  const width = SLIDE_WIDTH_MM[input.layout]
  const height = width * CANVAS.height / CANVAS.width
  // Each slide is scaled with zoom, not a transform: Chromium cuts a transformed box at
  // the page's end by its unscaled size, and a slide low on the page lost its footer.
  const css = `
  @page { size: ${input.paper === 'a4' ? 'A4' : 'Letter'}; margin: 14mm 14mm 16mm; }
  html.handout, html.handout body { height: auto !important; overflow: visible !important; background: #fff !important; }
  html.handout body > :not(.handout) { display: none !important; }
  /* The handout's own text only: the slides inside keep the deck's styles. */
  .handout .ho-head, .handout .ho-notes, .handout .ho-sources, .handout .ho-caption { font: 11pt/1.4 "Source Sans 3", "Source Sans Pro", Arial, sans-serif; color: #14213d; }
  .handout .ho-sources a { color: #1f4e8c; }
  .handout .ho-sheet { break-after: page; }
  .handout .ho-sheet:last-child { break-after: auto; }
  .handout .ho-head { display: flex; align-items: baseline; gap: 4mm; margin-bottom: 3mm; }
  .handout .ho-head h2 { font-size: 14pt; margin: 0; }
  .handout .ho-no { font-size: 9pt; color: #4a5568; white-space: nowrap; }
  .handout .ho-slide-box { width: ${mm(width)}; height: ${mm(height)}; overflow: hidden; position: relative; outline: 0.3mm solid #c9d2e0; break-inside: avoid; }
  .handout .ho-slide-box > * { position: absolute !important; left: 0; top: 0; width: ${CANVAS.width}px !important; height: ${CANVAS.height}px !important; zoom: ${slideScale(input.layout).toFixed(5)}; break-after: auto !important; page-break-after: auto !important; }
  .handout .ho-notes { margin-top: 4mm; }
  .handout .ho-notes p { margin: 0 0 2mm; }
  .handout .ho-none { color: #4a5568; font-style: italic; }
  .handout .ho-sources { margin-top: 3mm; font-size: 9pt !important; color: #333; border-top: 0.3mm solid #c9d2e0; padding-top: 2mm; overflow-wrap: anywhere; }
  .handout .ho-sources p { margin: 0 0 1mm; }
  .handout .ho-sources ul { margin: 0; padding-left: 5mm; }
  .handout .ho-student .ho-row { break-inside: avoid; margin-bottom: 6mm; }
  .handout .ho-student .ho-caption { font-size: 9pt !important; color: #4a5568; margin: 0 0 1mm; }
  .handout .ho-lines { width: ${mm(width)}; height: ${mm(writingSpaceMm(input.paper))}; margin-top: 2mm; background: repeating-linear-gradient(to bottom, transparent 0, transparent 7.5mm, #9aa5b8 7.5mm, #9aa5b8 7.8mm); }`
  return { css, body: pages.join('\n') }
}

// Runs in the print view: the handout's markup (already escaped) goes in, and each drawn
// slide moves into its box. A string, so that no bundler helper leaks into the page.
const LAY_OUT = `(input) => {
  const style = document.createElement('style')
  style.textContent = input.css
  document.head.append(style)
  const handout = document.createElement('main')
  handout.className = 'handout'
  handout.innerHTML = input.body
  document.body.append(handout)
  document.documentElement.classList.add('handout')
  const slides = [...document.querySelectorAll('.print-slide-container')]
  for (const box of handout.querySelectorAll('.ho-slide-box')) {
    const slide = slides[Number(box.dataset.slide) - 1]
    if (!slide)
      throw new Error('the print view has no slide ' + box.dataset.slide)
    box.append(slide)
  }
}`

export interface PrintHandoutOptions {
  layout: HandoutLayout
  paper: Paper
  /** Each slide but its links, which are read from the drawn slide. */
  slides: Omit<HandoutSlide, 'links'>[]
  deckUrl: string
  out: string
  footer: string
}

// Runs in the print view: each slide's links, as the handout lists them. Links in a
// figure's screen-reader text repeat sources the deck shows elsewhere.
const LINKS = `() => [...document.querySelectorAll('.print-slide-container')].map(c =>
  [...new Set([...c.querySelectorAll('a[href^="http"]')].filter(a => !a.closest('.sr-only')).map(a => a.href))])`

// Runs in the print view: the text each slide shows, run by run (screen-reader text aside),
// for the check that every run of it came out as text in the PDF.
const SHOWN_TEXT = `() => [...document.querySelectorAll('.print-slide-container')].map(c => {
  const runs = []
  const walker = document.createTreeWalker(c, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.trim()
    if (text && !node.parentElement.closest('.sr-only, title, desc, style, script'))
      runs.push(text)
  }
  return runs
})`

/**
 * Prints a handout from the built deck served at `deckUrl`: its slides as they are drawn,
 * in print mode. Returns the text each slide showed, run by run.
 */
export async function printHandout(browser: Browser, options: PrintHandoutOptions): Promise<string[][]> {
  const context = await browser.newContext({ viewport: CANVAS, colorScheme: 'light' })
  try {
    const page = await context.newPage()
    await openPrintView(page, options.deckUrl, options.slides.length)
    const links = await page.evaluate(`(${LINKS})()`) as string[][]
    const shown = await page.evaluate(`(${SHOWN_TEXT})()`) as string[][]
    const slides = options.slides.map((s, i) => ({ ...s, links: links[i] ?? [] }))
    await page.evaluate(`(${LAY_OUT})(${JSON.stringify(handoutMarkup({ ...options, slides }))})`)
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    await page.pdf({ path: options.out, ...printedPdf(options.paper, options.footer) })
    return shown
  }
  finally {
    await context.close()
  }
}
