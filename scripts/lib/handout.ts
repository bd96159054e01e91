// The printable handouts: the slides themselves (real text, vector figures, working links),
// laid out on paper with their notes and sources (briefing) or with room to write (student).
// handoutMarkup is pure: data in, escaped markup and CSS out, with an empty box where each
// slide goes; printHandout opens the built deck's print view, moves each drawn slide into
// its box, and prints.
import type { HandoutLayout } from './handout-page'
import type { Paper } from './print-page'
import { hostOf } from '../../data/format'
import { PALETTE } from '../../styles/palette'
import { CANVAS, HANDOUT_PAGE, MARGIN_MM, mm, slideHeightMm, SLIDES_PER_STUDENT_PAGE, slideScale, writingSpaceMm } from './handout-page'
import { escapeXml as escape, wrappableUrl } from './markup'
import { PRINTED_TEXT, WRITING_LINES } from './print-page'

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

/** Speaker notes are markdown in an HTML comment; the handout shows their paragraphs as text. */
export function notesToParagraphs(notes: string): string[] {
  return notes.trim().split(/\n\s*\n/).map(p => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean)
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
