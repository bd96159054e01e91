// The printable handouts: the slides themselves (real text, vector figures, working links),
// laid out on paper with their notes and sources (briefing) or with room to write (student).
// handoutMarkup is pure: data in, escaped markup and CSS out, with an empty box where each
// slide goes; printHandout opens the built deck's print view, moves each drawn slide into
// its box, and prints.
import type { Browser } from 'playwright-core'
import type { Paper } from './print-page'
import { hostOf } from '../../data/format'
import { PALETTE } from '../../styles/palette'
import { escapeXml as escape, wrappableUrl } from './markup'
import { PRINTED_TEXT, printedPdf, WRITING_LINES } from './print-page'
import { openPrintView } from './slides-pdf'

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
 * Each layout's page. Students get two slides a portrait page, 175 mm wide: the slide's
 * body text (16 px and up) prints at 8.1 pt or more and its small print (14 px) at 7.1 pt,
 * with ruled space under each. The briefing reader gets one slide a landscape page, 230 mm
 * wide, with notes and sources beside each other below it: body text prints at 10.6 pt and
 * small print at 9.3 pt, which no portrait page is wide enough for.
 */
export const HANDOUT_PAGE = {
  student: { landscape: false, slideWidthMm: 175 },
  briefing: { landscape: true, slideWidthMm: 230 },
} as const satisfies Record<HandoutLayout, { landscape: boolean, slideWidthMm: number }>

/** The page's margins, in mm: the footer sits in the bottom one. */
export const MARGIN_MM = { top: 12, bottom: 14, side: 14 } as const

const PAPER_MM: Record<Paper, { width: number, height: number }> = { a4: { width: 210, height: 297 }, letter: { width: 215.9, height: 279.4 } }

/** The page's size inside its margins, in mm, turned for a landscape layout. */
export function contentBoxMm(layout: HandoutLayout, paper: Paper): { width: number, height: number } {
  const { width, height } = PAPER_MM[paper]
  const [across, down] = HANDOUT_PAGE[layout].landscape ? [height, width] : [width, height]
  return { width: across - 2 * MARGIN_MM.side, height: down - MARGIN_MM.top - MARGIN_MM.bottom }
}

const mm = (n: number) => `${n}mm`
/** A student row's caption and the space around its slide and lines, in mm. */
const ROW_EXTRA_MM = 5 + 2 + 4 + 1

/** How tall each slide is printed, in mm. */
const slideHeightMm = (layout: HandoutLayout) => HANDOUT_PAGE[layout].slideWidthMm * CANVAS.height / CANVAS.width

/** How tall the ruled space under each slide is, so that two rows fill the student page. */
export function writingSpaceMm(paper: Paper): number {
  return Math.floor(contentBoxMm('student', paper).height / SLIDES_PER_STUDENT_PAGE - slideHeightMm('student') - ROW_EXTRA_MM)
}
const MM_TO_PX = 96 / 25.4

/** The factor from the slide's canvas to its printed width. */
export const slideScale = (layout: HandoutLayout): number => HANDOUT_PAGE[layout].slideWidthMm * MM_TO_PX / CANVAS.width

/** Chromium's PDF settings for a handout: its paper turned as its layout needs, and its margins. */
export function handoutPdf(layout: HandoutLayout, paper: Paper, footer: string) {
  const { top, bottom, side } = MARGIN_MM
  return { ...printedPdf(paper, footer), landscape: HANDOUT_PAGE[layout].landscape, margin: { top: mm(top), bottom: mm(bottom), left: mm(side), right: mm(side) } }
}

/** Speaker notes are markdown in an HTML comment; the handout shows their paragraphs as text. */
export function notesToParagraphs(notes: string): string[] {
  return notes.trim().split(/\n\s*\n/).map(p => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean)
}

/** Chromium's print footer: the deck, how fresh its context is, and the page number. */
export function handoutFooter(title: string, freshness: string): string {
  return `<div style="font: 9px Arial, sans-serif; color: ${PALETTE.muted}; width: 100%; padding: 0 14mm; display: flex; justify-content: space-between;">`
    + `<span>${escape(title)} · ${escape(freshness)}</span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`
}

/**
 * How many pages a layout takes: a page per slide for the briefing (at least: long notes
 * run on, and the source list follows), a page per two slides for students.
 */
export function expectedHandoutPages(layout: HandoutLayout, slideCount: number): number {
  return layout === 'briefing' ? slideCount : Math.ceil(slideCount / SLIDES_PER_STUDENT_PAGE)
}

const slideBox = (s: HandoutSlide) => `<div class="ho-slide-box" data-slide="${s.no}" role="group" aria-label="Slide ${s.no}: ${escape(s.title)}"></div>`

/** Every source the slides link, each once, in the order they are first cited: the handout's source list. */
export const citedSources = (slides: readonly HandoutSlide[]): string[] => [...new Set(slides.flatMap(s => s.links))]

const sourceId = (n: number) => `ho-source-${n}`

/**
 * How much of the width under a briefing slide its notes get, the rest going to its
 * sources: each about as much as its text needs (sources are set smaller), within limits
 * that keep both columns readable, so that neither runs on to another page for want of room.
 */
export function notesShare(s: Pick<HandoutSlide, 'notes' | 'links' | 'source'>): number {
  const notes = s.notes.length
  const sources = ((s.source ?? '').length + s.links.reduce((sum, u) => sum + hostOf(u).length + 8, 0)) * 0.82
  return Math.round(Math.min(0.75, Math.max(0.4, notes / (notes + sources || 1))) * 100) / 100
}

// The page's title is not a heading: the slide below carries its own, so the bookmarks,
// made from headings, list each slide once. Each source is cited by its number in the
// list at the end, where its address is given in full, and by its site, which links it.
function briefingPage(s: HandoutSlide, total: number, numberOf: (url: string) => number): string {
  return `<section class="ho-sheet ho-briefing">
  <div class="ho-head"><span class="ho-no">Slide ${s.no} of ${total}</span><p class="ho-title">${escape(s.title)}</p></div>
  ${slideBox(s)}
  <div class="ho-below" style="--ho-notes-share: ${notesShare(s)}">
    <div class="ho-notes">${notesToParagraphs(s.notes).map(p => `<p>${escape(p)}</p>`).join('') || '<p class="ho-none">No speaker notes.</p>'}</div>
    <div class="ho-sources">
      ${s.source ? `<p><strong>Source:</strong> ${escape(s.source)}</p>` : ''}
      ${s.links.length ? `<p><strong>Context:</strong> ${s.links.map(u => `<span class="ho-cite"><a href="#${sourceId(numberOf(u))}">[${numberOf(u)}]</a>&nbsp;<a href="${escape(u)}">${escape(hostOf(u))}</a></span>`).join('&nbsp;· ')}</p>` : ''}
    </div>
  </div>
</section>`
}

function sourceList(urls: readonly string[]): string {
  return `<section class="ho-sheet ho-source-list">
  <h1 class="ho-title">Sources cited in this handout</h1>
  <p class="ho-intro">Numbered as the slides' pages cite them; every address in full.</p>
  <ol>${urls.map((u, i) => `<li id="${sourceId(i + 1)}"><span class="ho-n">[${i + 1}]</span> <a href="${escape(u)}">${wrappableUrl(u)}</a></li>`).join('')}</ol>
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
  const cited = citedSources(input.slides)
  const numberOf = (url: string) => cited.indexOf(url) + 1
  const pages = input.layout === 'briefing'
    ? [...input.slides.map(s => briefingPage(s, total, numberOf)), ...cited.length ? [sourceList(cited)] : []]
    : Array.from({ length: Math.ceil(total / SLIDES_PER_STUDENT_PAGE) }, (_, i) =>
        studentPage(input.slides.slice(i * SLIDES_PER_STUDENT_PAGE, (i + 1) * SLIDES_PER_STUDENT_PAGE), total))
  const width = HANDOUT_PAGE[input.layout].slideWidthMm
  // Each slide is scaled with zoom, not a transform: Chromium cuts a transformed box at
  // the page's end by its unscaled size, and a slide low on the page lost its footer.
  // The @page rule replaces the print view's own, a page the size of one slide: without
  // it the handout's pages break at every slide.
  const css = `
  @page { size: ${input.paper === 'a4' ? 'A4' : 'Letter'}${HANDOUT_PAGE[input.layout].landscape ? ' landscape' : ''}; margin: ${mm(MARGIN_MM.top)} ${mm(MARGIN_MM.side)} ${mm(MARGIN_MM.bottom)}; }
  html.handout, html.handout body { height: auto !important; overflow: visible !important; background: #fff !important; }
  html.handout body > :not(.handout) { display: none !important; }
  /* The handout's own text only: the slides inside keep the deck's styles. */
  .handout .ho-head, .handout .ho-notes, .handout .ho-sources, .handout .ho-caption, .handout .ho-source-list { ${PRINTED_TEXT} }
  .handout .ho-sources a { color: ${PALETTE.accent}; }
  .handout .ho-sheet { break-after: page; }
  .handout .ho-sheet:last-child { break-after: auto; }
  .handout .ho-briefing { width: ${mm(width)}; margin: 0 auto; }
  .handout .ho-head { display: flex; align-items: baseline; gap: 4mm; margin-bottom: 2.5mm; }
  .handout .ho-title { font-size: 14pt; font-weight: 700; margin: 0; }
  .handout .ho-no { font-size: 9pt; color: ${PALETTE.muted}; white-space: nowrap; }
  .handout .ho-slide-box { width: ${mm(width)}; height: ${mm(slideHeightMm(input.layout))}; overflow: hidden; position: relative; outline: 0.3mm solid ${PALETTE.rule}; break-inside: avoid; }
  .handout .ho-slide-box > * { position: absolute !important; left: 0; top: 0; width: ${CANVAS.width}px !important; height: ${CANVAS.height}px !important; zoom: ${slideScale(input.layout).toFixed(5)}; break-after: auto !important; page-break-after: auto !important; }
  .handout .ho-below { display: flex; gap: 7mm; align-items: flex-start; margin-top: 3.5mm; }
  .handout .ho-notes { flex: var(--ho-notes-share) 1 0; min-width: 0; }
  .handout .ho-notes p { margin: 0 0 2mm; font-size: 10.5pt; line-height: 1.35; }
  .handout .ho-none { color: ${PALETTE.muted}; font-style: italic; }
  .handout .ho-sources { flex: calc(1 - var(--ho-notes-share)) 1 0; min-width: 0; font-size: 9pt !important; color: #333; border-left: 0.3mm solid ${PALETTE.rule}; padding-left: 4mm; overflow-wrap: anywhere; }
  .handout .ho-sources p { margin: 0 0 1mm; }
  .handout .ho-cite { white-space: nowrap; }
  .handout .ho-source-list { width: ${mm(width)}; margin: 0 auto; }
  .handout .ho-source-list .ho-intro { margin: 1mm 0 3mm; color: ${PALETTE.muted}; }
  .handout .ho-source-list ol { columns: 2; column-gap: 8mm; margin: 0; padding: 0; list-style: none; font-size: 9pt; color: #333; }
  .handout .ho-source-list li { break-inside: avoid; margin-bottom: 1mm; padding-left: 8mm; text-indent: -8mm; overflow-wrap: anywhere; }
  .handout .ho-n { display: inline-block; width: 8mm; text-indent: 0; }
  .handout .ho-student .ho-row { width: ${mm(width)}; margin: 0 auto 4mm; break-inside: avoid; }
  .handout .ho-student .ho-caption { font-size: 9pt !important; color: ${PALETTE.muted}; margin: 0 0 1mm; }
  .handout .ho-lines { width: ${mm(width)}; height: ${mm(writingSpaceMm(input.paper))}; margin-top: 2mm; background: ${WRITING_LINES}; }`
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
// with the size the deck sets it in, for the checks that every run of it came out as text
// in the PDF and that body text prints large enough.
const SHOWN_TEXT = `() => [...document.querySelectorAll('.print-slide-container')].map(c => {
  const runs = []
  const walker = document.createTreeWalker(c, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.trim()
    if (text && !node.parentElement.closest('.sr-only, title, desc, style, script'))
      runs.push({ text, px: parseFloat(getComputedStyle(node.parentElement).fontSize) })
  }
  return runs
})`

/** A run of text a slide shows, and the size in CSS px the deck sets it in. */
export interface ShownRun {
  text: string
  px: number
}

/**
 * Prints a handout from the built deck served at `deckUrl`: its slides as they are drawn,
 * in print mode. Returns the text each slide showed, run by run, and the headings printed,
 * from which the bookmarks were made.
 */
export async function printHandout(browser: Browser, options: PrintHandoutOptions): Promise<{ shown: ShownRun[][], headings: string[] }> {
  const context = await browser.newContext({ viewport: CANVAS, colorScheme: 'light' })
  try {
    const page = await context.newPage()
    await openPrintView(page, options.deckUrl, options.slides.length)
    const links = await page.evaluate(`(${LINKS})()`) as string[][]
    const shown = await page.evaluate(`(${SHOWN_TEXT})()`) as ShownRun[][]
    const slides = options.slides.map((s, i) => ({ ...s, links: links[i] ?? [] }))
    await page.evaluate(`(${LAY_OUT})(${JSON.stringify(handoutMarkup({ ...options, slides }))})`)
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    await page.pdf({ path: options.out, ...handoutPdf(options.layout, options.paper, options.footer) })
    return { shown, headings: await page.locator('.handout :is(h1, h2, h3, h4, h5, h6)').allTextContents() }
  }
  finally {
    await context.close()
  }
}
