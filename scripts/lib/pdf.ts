import { readFile, writeFile } from 'node:fs/promises'
import { PDFDocument, PDFName, PDFString } from 'pdf-lib'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface PdfText {
  pages: string[]
  /** Bookmark titles, depth first. */
  outline: string[]
  info: { Title?: string, Author?: string, Subject?: string, Keywords?: string, Language?: string | null }
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
  type Node = { title: string, items?: Node[] }
  const flatten = (items: Node[] | null): string[] => (items ?? []).flatMap(i => [i.title, ...flatten(i.items ?? null)])
  const outline = flatten(await doc.getOutline() as Node[] | null)
  const { info } = await doc.getMetadata() as { info: PdfText['info'] }
  await doc.destroy()
  return { pages, links, outline, info }
}

/** Sets the document language (/Lang), which screen readers use to pick a voice. */
export async function declareLanguage(file: string, lang: string): Promise<void> {
  const doc = await PDFDocument.load(await readFile(file), { updateMetadata: false })
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(lang))
  await writeFile(file, await doc.save())
}
