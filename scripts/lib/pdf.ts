import { readFile } from 'node:fs/promises'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface PdfText {
  pages: string[]
  /** The URL of every link annotation, page by page. */
  links: string[][]
}

/** Reads a PDF's text page by page, independently of whatever wrote it. */
export async function readPdfText(file: string): Promise<PdfText> {
  const data = new Uint8Array(await readFile(file))
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise
  const pages: string[] = []
  const links: string[][] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i)
    const content = await page.getTextContent()
    pages.push(content.items.map(item => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '))
    const annotations = await page.getAnnotations() as { subtype: string, url?: string }[]
    links.push(annotations.filter(a => a.subtype === 'Link' && a.url).map(a => a.url!))
  }
  await doc.destroy()
  return { pages, links }
}
