// The page to leave on the table: the article in three sentences, its checked claims with
// the record's verdicts, what changed since, what to watch, the sources, and a QR code to
// the deck when its address is known. One page, two at most. Pure: data in, HTML out;
// Chromium prints it (export.ts).
import type { Article } from '../../data/schema'
import type { Paper, PrintFont } from './print-page'
import { aboutDate, formatDate, freshnessLine, hostOf } from '../../data/format'
import { briefingEvents, briefingOf, publishedWithNote, sectionById, sourceNoun } from '../../data/selectors'
import { eventStanding } from '../../data/standing'
import { PALETTE } from '../../styles/palette'
import { qrCode } from '../../vite/deck-address'
import { escapeXml as escape, wrappableUrl } from './markup'
import { comparable } from './pdf'
import { printPage } from './print-page'

export const BRIEFING_NOTE_FILE = 'briefing-note.pdf'
export const BRIEFING_NOTE_MAX_PAGES = 2

const link = (url: string) => `<a href="${escape(url)}">${escape(hostOf(url))}</a>`

function qr(url: string): string {
  const { size, path } = qrCode(url)
  return `<figure class="qr"><svg viewBox="0 0 ${size} ${size}" role="img" aria-label="QR code: ${escape(url)}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg><figcaption>The deck: <a href="${escape(url)}">${wrappableUrl(url)}</a></figcaption></figure>`
}

const CSS = `
  body { font-size: 10pt; line-height: 1.35; }
  .top { display: flex; gap: 6mm; align-items: flex-start; border-bottom: 0.4mm solid ${PALETTE.accent}; padding-bottom: 3mm; margin-bottom: 3mm; }
  .top > div { flex: 1; }
  .kicker { margin: 0; font-size: 9pt; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase; color: ${PALETTE.accent}; }
  h1 { font-size: 15pt; line-height: 1.2; margin: 1mm 0 1.5mm; }
  .meta { margin: 0; font-size: 9pt; color: ${PALETTE.muted}; }
  .qr { margin: 0; width: 30mm; }
  .qr svg { width: 30mm; height: 30mm; display: block; }
  .qr figcaption { font-size: 8pt; color: ${PALETTE.muted}; overflow-wrap: anywhere; }
  h2 { font-size: 11.5pt; margin: 3.5mm 0 1.5mm; color: ${PALETTE.accent}; break-after: avoid; }
  .keep { break-inside: avoid; }
  p, li { margin: 0 0 1.2mm; }
  .three p { margin: 0 0 1mm; }
  table { border-collapse: collapse; width: 100%; font-size: 9pt; }
  th, td { text-align: left; vertical-align: top; padding: 0.8mm 1.5mm 0.8mm 0; border-bottom: 0.2mm solid ${PALETTE.rule}; }
  th { font-size: 8pt; text-transform: uppercase; letter-spacing: 0.03em; color: ${PALETTE.muted}; }
  .verdict { font-weight: 700; text-transform: uppercase; white-space: nowrap; }
  .dated { list-style: none; padding: 0; }
  .dated li { display: grid; grid-template-columns: 24mm 1fr; gap: 2mm; }
  .when { font-weight: 700; color: ${PALETTE.muted}; }
  .status { font-weight: 700; text-transform: uppercase; font-size: 8pt; color: ${PALETTE['accent-2']}; }
  .src { color: ${PALETTE.muted}; font-size: 8.5pt; }
  .open { color: ${PALETTE.muted}; font-size: 9pt; }
  .sources { columns: 2; column-gap: 6mm; font-size: 8pt; padding-left: 4mm; overflow-wrap: anywhere; }
  .sources li { margin: 0 0 0.6mm; break-inside: avoid; }`

/** The briefing note of the deck hosted at `url` (when known). */
export function briefingNoteHtml(a: Readonly<Article>, { fonts, paper, url }: { fonts: PrintFont[], paper: Paper, url?: string }): string {
  const { source, meta } = a
  const briefing = briefingOf(a)
  const changes = briefingEvents(a, 'changes')
  const watch = briefingEvents(a, 'watch')
  const sources = [...new Set([source.url, ...a.assessments.flatMap(c => c.sources), ...[...changes, ...watch].flatMap(e => e.sources)])]
  const dated = (events: typeof changes) => events.map(e => `<li><span class="when">${formatDate(e.date)}${eventStanding(e, meta.verifiedOn) ? `<br><span class="status">${eventStanding(e, meta.verifiedOn)}</span>` : ''}</span><span>${escape(e.label)} <span class="src">(${link(e.sources[0])})</span></span></li>`).join('')
  return printPage({ title: `Briefing note: ${source.title}`, fonts, paper, css: CSS, body: `
<header class="top">
  <div>
    <p class="kicker">Briefing note</p>
    <h1>${escape(source.title)}</h1>
    <p class="meta">${escape(source.outlet)}, published ${escape(publishedWithNote(a))} · <a href="${escape(source.url)}">${escape(hostOf(source.url))}</a> · ${escape(freshnessLine(meta))}</p>
  </div>
  ${url ? qr(url) : ''}
</header>
<section class="three"><h2>The ${escape(sourceNoun(a))} in three sentences</h2>
${briefing.inThree.map(t => `<p>${escape(t.text)} <span class="src">(${t.sections.map(id => escape(sectionById(a, id).short)).join(', ')})</span></p>`).join('\n')}
</section>
<section><h2>Its claims, checked against the record</h2>
<table><thead><tr><th>Claim</th><th>Verdict</th><th>What the record shows</th></tr></thead><tbody>
${a.assessments.map(c => `<tr><td>${escape(c.topic)}</td><td class="verdict">${c.verdict}</td><td>${escape(c.record)} <span class="src">(${link(c.sources[0])})</span></td></tr>`).join('\n')}
</tbody></table>
</section>
<section class="keep"><h2>What changed since</h2><ul class="dated">${dated(changes)}</ul></section>
<section class="keep"><h2>What to watch</h2><ul class="dated">${dated(watch)}</ul>
<p class="open">No outcome for these in the record${meta.sourcesEnd ? `, whose sources end ${aboutDate(meta.sourcesEnd)}` : ''}; checked ${formatDate(meta.verifiedOn)}.</p></section>
<section><h2>Sources</h2><ol class="sources">${sources.map(u => `<li><a href="${escape(u)}">${wrappableUrl(u)}</a></li>`).join('')}</ol></section>` })
}

/** Problems with a printed briefing note, read back from its PDF. */
export function checkBriefingNote(a: Readonly<Article>, pdf: { pages: string[], links: string[][], tagged: boolean }): string[] {
  const text = comparable(pdf.pages.join(' '))
  const links = new Set(pdf.links.flat())
  return [
    ...pdf.pages.length > BRIEFING_NOTE_MAX_PAGES ? [`has ${pdf.pages.length} pages; it must fit ${BRIEFING_NOTE_MAX_PAGES}`] : [],
    ...pdf.tagged ? [] : ['is not tagged for screen readers'],
    ...briefingOf(a).inThree.filter(t => !text.includes(comparable(t.text))).map(t => `lacks the sentence "${t.text.slice(0, 40)}…"`),
    ...a.assessments.filter(c => !text.includes(comparable(`${c.topic}${c.verdict}`))).map(c => `lacks the claim "${c.topic}" with its verdict (${c.verdict})`),
    ...[...briefingOf(a).changes, ...briefingOf(a).watch].map(id => a.context.find(e => e.id === id)!).filter(e => !text.includes(comparable(e.label))).map(e => `lacks the event "${e.label}"`),
    ...links.has(a.source.url) ? [] : ['does not link the article'],
  ]
}
