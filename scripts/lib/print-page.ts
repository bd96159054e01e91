// The frame every printed document shares (handouts, the quiz sheet and its answer key):
// the deck's font embedded, so it prints the same offline, the paper size and the body text.
import { PALETTE } from '../../styles/palette'
import { escapeXml } from './markup'

export type Paper = 'a4' | 'letter'

/** The printed text: the deck's font and ink, at a size read at arm's length. */
export const PRINTED_TEXT = `font: 11pt/1.4 "Source Sans 3", "Source Sans Pro", Arial, sans-serif; color: ${PALETTE.ink};`
/** Ruled space to write in by hand, a line every 7.8 mm: the quiz sheet's and the student handout's. */
export const WRITING_LINES = 'repeating-linear-gradient(to bottom, transparent 0, transparent 7.5mm, #9aa5b8 7.5mm, #9aa5b8 7.8mm)'

export interface PrintFont { weight: number, woff2: string }

export function printPage({ title, fonts, paper, css, body }: { title: string, fonts: PrintFont[], paper: Paper, css: string, body: string }): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeXml(title)}</title>
<style>
${fonts.map(f => `  @font-face { font-family: "Source Sans 3"; font-weight: ${f.weight}; src: url(data:font/woff2;base64,${f.woff2}) format("woff2"); }`).join('\n')}
  @page { size: ${paper === 'a4' ? 'A4' : 'Letter'}; margin: 14mm 14mm 16mm; }
  * { box-sizing: border-box; }
  body { margin: 0; ${PRINTED_TEXT} }
  a { color: ${PALETTE.accent}; }
${css}
</style></head>
<body>
${body}
</body></html>`
}

/** Chromium's PDF settings for every printed document: tagged, with the deck's footer on each page. */
export function printedPdf(paper: Paper, footer: string) {
  return {
    format: paper === 'a4' ? 'A4' : 'Letter',
    printBackground: true,
    tagged: true,
    outline: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: footer,
    margin: { top: '14mm', bottom: '16mm', left: '14mm', right: '14mm' },
  } as const
}
