import { readFile } from 'node:fs/promises'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface PdfText { pages: string[] }

/** Reads a PDF's text page by page, independently of whatever wrote it. */
export async function readPdfText(file: string): Promise<PdfText> {
  const data = new Uint8Array(await readFile(file))
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise
  const pages: string[] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent()
    pages.push(content.items.map(item => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '))
  }
  await doc.destroy()
  return { pages }
}
