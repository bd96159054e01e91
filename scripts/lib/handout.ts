// The printable handout, built from the same slides (their pictures and notes) and the
// same data (sources). Pure: data in, HTML out; Chromium prints it.

import { escapeXml as escape } from './markup'
import { type Paper, type PrintFont, printPage } from './print-page'

export type { Paper }
export type HandoutLayout = 'briefing' | 'student'

export interface HandoutSlide {
  no: number
  title: string
  /** The slide as an image (data: URI). */
  image: string
  notes: string
  /** The article sections the slide draws on, as the footer names them. */
  source?: string
  links: string[]
}

export interface HandoutInput {
  title: string
  /** The deck's font, embedded so the handout prints the same offline. */
  fonts: PrintFont[]
  layout: HandoutLayout
  paper: Paper
  slides: HandoutSlide[]
}

export const SLIDES_PER_STUDENT_PAGE = 3

/** Speaker notes are markdown in an HTML comment; the handout shows their paragraphs as text. */
export function notesToParagraphs(notes: string): string[] {
  return notes.trim().split(/\n\s*\n/).map(p => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean)
}

/** Chromium's print footer: the deck, how fresh its context is, and the page number. */
export function handoutFooter(title: string, freshness: string): string {
  return `<div style="font: 8px Arial, sans-serif; color: #4a5568; width: 100%; padding: 0 14mm; display: flex; justify-content: space-between;">`
    + `<span>${escape(title)} · ${escape(freshness)}</span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`
}

/** How many pages a layout takes: the export checks the printed PDF against this. */
export function expectedHandoutPages(layout: HandoutLayout, slideCount: number): number {
  return layout === 'briefing' ? slideCount : Math.ceil(slideCount / SLIDES_PER_STUDENT_PAGE)
}

function briefingPage(s: HandoutSlide, total: number): string {
  return `<section class="sheet briefing">
  <header><span class="no">Slide ${s.no} of ${total}</span><h2>${escape(s.title)}</h2></header>
  <img src="${s.image}" alt="Slide ${s.no}: ${escape(s.title)}">
  <div class="notes">${notesToParagraphs(s.notes).map(p => `<p>${escape(p)}</p>`).join('') || '<p class="none">No speaker notes.</p>'}</div>
  <div class="sources">
    ${s.source ? `<p><strong>Source:</strong> ${escape(s.source)}</p>` : ''}
    ${s.links.length ? `<ul>${s.links.map(u => `<li><a href="${escape(u)}">${escape(u)}</a></li>`).join('')}</ul>` : ''}
  </div>
</section>`
}

function studentPage(slides: HandoutSlide[], total: number): string {
  return `<section class="sheet student">${slides.map(s => `
  <div class="row">
    <figure><img src="${s.image}" alt="Slide ${s.no}: ${escape(s.title)}"><figcaption>${s.no}/${total} · ${escape(s.title)}</figcaption></figure>
    <div class="lines" aria-label="Space for notes"></div>
  </div>`).join('')}
</section>`
}

export function handoutHtml(input: HandoutInput): string {
  const total = input.slides.length
  const pages = input.layout === 'briefing'
    ? input.slides.map(s => briefingPage(s, total))
    : Array.from({ length: Math.ceil(total / SLIDES_PER_STUDENT_PAGE) }, (_, i) =>
        studentPage(input.slides.slice(i * SLIDES_PER_STUDENT_PAGE, (i + 1) * SLIDES_PER_STUDENT_PAGE), total))
  return printPage({ title: input.title, fonts: input.fonts, paper: input.paper, css: `  .sheet { break-after: page; }
  .sheet:last-child { break-after: auto; }
  header { display: flex; align-items: baseline; gap: 4mm; margin-bottom: 3mm; }
  header h2 { font-size: 14pt; margin: 0; }
  .no { font-size: 9pt; color: #4a5568; white-space: nowrap; }
  .briefing img { width: auto; height: auto; max-width: 100%; max-height: 90mm; border: 0.3mm solid #c9d2e0; display: block; }
  .notes { margin-top: 4mm; }
  .notes p { margin: 0 0 2mm; }
  .none { color: #4a5568; font-style: italic; }
  .sources { margin-top: 3mm; font-size: 8.5pt; color: #333; border-top: 0.3mm solid #c9d2e0; padding-top: 2mm; overflow-wrap: anywhere; }
  .sources p { margin: 0 0 1mm; }
  .sources ul { margin: 0; padding-left: 5mm; }
  .student .row { display: grid; grid-template-columns: 58% 1fr; gap: 5mm; height: 76mm; margin-bottom: 5mm; break-inside: avoid; }
  .student figure { margin: 0; }
  .student img { width: 100%; border: 0.3mm solid #c9d2e0; display: block; }
  .student figcaption { font-size: 9pt; color: #4a5568; margin-top: 1mm; }
  .lines { background: repeating-linear-gradient(to bottom, transparent 0, transparent 7.5mm, #9aa5b8 7.5mm, #9aa5b8 7.8mm); }`, body: pages.join('\n') })
}
