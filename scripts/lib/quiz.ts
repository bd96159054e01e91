// The class self-check on paper: a quiz sheet for students (each claim, a box per verdict,
// room to say why) and a separate answer key for the teacher (each verdict, what the record
// shows, and its sources). Pure: data in, HTML out; Chromium prints it.
import type { Article } from '../../data/schema'
import type { Paper, PrintFont } from './print-page'
import { formatDate } from '../../data/format'
import { checkById, pointById, sectionById, sourceNoun } from '../../data/selectors'
import { VERDICT_MEANINGS, verdicts } from '../../data/verdicts'
import { PALETTE } from '../../styles/palette'
import { escapeXml as escape } from './markup'
import { comparable } from './pdf'
import { printPage, WRITING_LINES } from './print-page'

export type QuizPart = 'quiz' | 'answers'

export const QUIZ_FILES: Record<QuizPart, string> = { quiz: 'self-check-quiz.pdf', answers: 'self-check-answers.pdf' }

/** The claims the self-check asks about, in its order, with what the answer key needs. */
export function selfCheckItems(a: Readonly<Article>) {
  return a.selfCheck.map((id, i) => {
    const check = checkById(a, id)
    const point = pointById(a, check.point)
    return { no: i + 1, check, point, section: sectionById(a, point.section) }
  })
}

const CSS = `
  h1 { font-size: 18pt; margin: 0 0 1mm; }
  .who { display: flex; gap: 3mm; align-items: baseline; margin: 0 0 4mm; }
  .who span { flex: 1; border-bottom: 0.3mm solid ${PALETTE.ink}; }
  .deck { margin: 0 0 4mm; color: ${PALETTE.muted}; }
  .how { margin: 0 0 4mm; }
  .key { display: grid; grid-template-columns: max-content 1fr; gap: 0.5mm 3mm; margin: 0 0 5mm; font-size: 10pt; }
  .key dt { font-weight: 700; text-transform: uppercase; letter-spacing: 0.02em; }
  .key dd { margin: 0; }
  ol.items { list-style: none; margin: 0; padding: 0; }
  .item { break-inside: avoid; border-top: 0.3mm solid ${PALETTE.rule}; padding: 3mm 0 4mm; }
  .item h2 { font-size: 12pt; margin: 0 0 1mm; }
  .claim { margin: 0 0 2mm; font-size: 12pt; }
  .claim em { font-style: normal; color: ${PALETTE.muted}; }
  .boxes { display: flex; flex-wrap: wrap; gap: 2mm 6mm; margin: 0 0 2mm; padding: 0; list-style: none; font-size: 11pt; }
  .boxes li::before { content: ''; display: inline-block; width: 3.6mm; height: 3.6mm; border: 0.35mm solid ${PALETTE.ink}; margin-right: 1.5mm; vertical-align: -0.5mm; }
  .why { height: 24mm; background: ${WRITING_LINES}; }
  .verdict { font-weight: 700; text-transform: uppercase; letter-spacing: 0.02em; }
  .record { margin: 0 0 1.5mm; }
  .sources { margin: 0; padding-left: 5mm; font-size: 9pt; overflow-wrap: anywhere; }`

function verdictKey(): string {
  return `<dl class="key">${verdicts.map(v => `<dt>${v}</dt><dd>${escape(VERDICT_MEANINGS[v])}</dd>`).join('')}</dl>`
}

/** The students' sheet: no verdict is given away. */
export function quizSheetHtml(a: Readonly<Article>, fonts: PrintFont[], paper: Paper): string {
  const items = selfCheckItems(a).map(({ no, check, point, section }) => `
  <li class="item">
    <h2>${no}. ${escape(check.topic)}</h2>
    <p class="claim">Claim: ${escape(point.text)} <em>(${escape(section.short)})</em></p>
    <ul class="boxes" aria-label="Your verdict">${verdicts.map(v => `<li>${v}</li>`).join('')}</ul>
    <div class="why" aria-label="Why: space to write"></div>
  </li>`).join('')
  return printPage({ title: `Self-check: ${a.source.title}`, fonts, paper, css: CSS, body: `
<h1>Self-check: how well does the ${escape(sourceNoun(a))} hold up?</h1>
<p class="who">Name <span></span> Date <span></span></p>
<p class="deck">${escape(a.source.outlet)}, ${escape(a.source.published)}: “${escape(a.source.title)}”</p>
<p class="how">For each claim, tick the verdict you would give and say why. The verdicts:</p>
${verdictKey()}
<ol class="items">${items}
</ol>` })
}

/** The teacher's key: each verdict, what the record shows, and where it says so. */
export function answerKeyHtml(a: Readonly<Article>, fonts: PrintFont[], paper: Paper): string {
  const items = selfCheckItems(a).map(({ no, check, point, section }) => `
  <li class="item">
    <h2>${no}. ${escape(check.topic)}: <span class="verdict">${check.verdict}</span></h2>
    <p class="claim">Claim: ${escape(point.text)} <em>(${escape(section.short)})</em></p>
    <p class="record">The record: ${escape(check.record)}</p>
    <ul class="sources">${check.sources.map(u => `<li><a href="${escape(u)}">${escape(u)}</a></li>`).join('')}</ul>
  </li>`).join('')
  return printPage({ title: `Self-check answer key: ${a.source.title}`, fonts, paper, css: CSS, body: `
<h1>Self-check: answer key, for the teacher</h1>
<p class="deck">${escape(a.source.outlet)}, ${escape(a.source.published)}: “${escape(a.source.title)}”. Context verified on ${formatDate(a.meta.verifiedOn)}.</p>
${verdictKey()}
<ol class="items">${items}
</ol>` })
}

/** Problems with a printed quiz sheet or answer key, read back from its PDF text and links. */
export function checkQuizPdf(part: QuizPart, a: Readonly<Article>, pdf: { pages: string[], links: string[][], tagged: boolean }): string[] {
  const text = comparable(pdf.pages.join(' '))
  const links = new Set(pdf.links.flat())
  const problems: string[] = pdf.tagged ? [] : ['is not tagged for screen readers']
  for (const { check, point } of selfCheckItems(a)) {
    if (!text.includes(comparable(point.text)))
      problems.push(`does not state the claim "${check.topic}"`)
    const answered = text.includes(comparable(check.record))
    if (part === 'quiz' && answered)
      problems.push(`gives away the record for "${check.topic}"`)
    if (part === 'answers' && !answered)
      problems.push(`does not give the record for "${check.topic}"`)
    if (part === 'answers')
      problems.push(...check.sources.filter(u => !links.has(u)).map(u => `does not link ${u} for "${check.topic}"`))
  }
  return problems
}
