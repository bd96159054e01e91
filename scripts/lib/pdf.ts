import { readFile, writeFile } from 'node:fs/promises'
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface PdfText {
  pages: string[]
  /** Bookmark titles, depth first. */
  outline: string[]
  info: { Title?: string, Author?: string, Subject?: string, Keywords?: string, Language?: string | null }
  /** The URL of every link annotation, page by page. */
  links: string[][]
  /** The page (1-based) each link inside the document goes to, page by page. */
  jumps: number[][]
  /** Marked as tagged (a structure tree screen readers can follow). */
  tagged: boolean
  /** The smallest text on each page, in points (from the text's own matrix), ignoring blank runs. */
  smallestText: number[]
  /** Every run of text on each page, blank runs aside. */
  runs: TextRun[][]
  /** Each page's width and height, in points. */
  pageSizes: { width: number, height: number }[]
}

/** A run of text as printed, and its size in points (from the text's own matrix). */
export interface TextRun {
  text: string
  size: number
}

/**
 * Text as a PDF's text is compared: extraction breaks lines and spacing freely, CSS sets
 * some words in capitals, and a typographic apostrophe may come out plain.
 */
export const comparable = (s: string): string => s.replace(/\s+/g, '').replace(/’/g, '\'').normalize('NFC').toLowerCase()

/** Reads a PDF's text page by page, independently of whatever wrote it. */
export async function readPdfText(file: string): Promise<PdfText> {
  const data = new Uint8Array(await readFile(file))
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise
  const pages: string[] = []
  const links: string[][] = []
  const jumps: number[][] = []
  const smallestText: number[] = []
  const runs: TextRun[][] = []
  const pageSizes: PdfText['pageSizes'] = []
  type Destination = [{ num: number, gen: number }, ...unknown[]] | null
  const pageOf = async (dest: string | Destination): Promise<number> => {
    const explicit = typeof dest === 'string' ? await doc.getDestination(dest) as Destination : dest
    return explicit ? await doc.getPageIndex(explicit[0]) + 1 : 0
  }
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i)
    const { width, height } = page.getViewport({ scale: 1 })
    pageSizes.push({ width, height })
    const content = await page.getTextContent()
    pages.push(content.items.map(item => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '))
    // A run's size is the scale of its text matrix: its height on the page, in points.
    const pageRuns = content.items.flatMap(item => 'str' in item && item.str.trim() ? [{ text: item.str, size: Math.hypot(item.transform[2], item.transform[3]) }] : [])
    runs.push(pageRuns)
    smallestText.push(pageRuns.length ? Math.min(...pageRuns.map(r => r.size)) : 0)
    const annotations = await page.getAnnotations() as { subtype: string, url?: string, dest?: string | Destination }[]
    links.push(annotations.filter(a => a.subtype === 'Link' && a.url).map(a => a.url!))
    jumps.push(await Promise.all(annotations.filter(a => a.subtype === 'Link' && a.dest).map(a => pageOf(a.dest!))))
  }
  interface Node { title: string, items?: Node[] }
  const flatten = (items: Node[] | null): string[] => (items ?? []).flatMap(i => [i.title, ...flatten(i.items ?? null)])
  const outline = flatten(await doc.getOutline() as Node[] | null)
  const { info } = await doc.getMetadata() as { info: PdfText['info'] }
  const tagged = (await doc.getMarkInfo())?.Marked === true
  await doc.destroy()
  return { pages, links, jumps, outline, info, tagged, smallestText, runs, pageSizes }
}

/** The pixel width of every raster image in a PDF. */
export async function imageWidths(file: string): Promise<number[]> {
  const doc = await PDFDocument.load(await readFile(file), { updateMetadata: false })
  return doc.context.enumerateIndirectObjects().flatMap(([, o]) => {
    const dict = o instanceof PDFDict ? o : (o as { dict?: unknown }).dict
    return dict instanceof PDFDict && dict.get(PDFName.of('Subtype')) === PDFName.of('Image') ? [Number(String(dict.get(PDFName.of('Width'))))] : []
  })
}

/** The names of the fonts a PDF uses without embedding them (a reader would substitute them). */
export async function fontsNotEmbedded(file: string): Promise<string[]> {
  const doc = await PDFDocument.load(await readFile(file), { updateMetadata: false })
  const objects = doc.context.enumerateIndirectObjects()
  // A Type 3 font draws its glyphs in the PDF itself: its descriptor names no font file.
  const drawn = new Set(objects.flatMap(([, o]) => o instanceof PDFDict && o.get(PDFName.of('Subtype')) === PDFName.of('Type3') ? [o.get(PDFName.of('FontDescriptor'))] : []))
  const missing = new Set<string>()
  for (const [ref, object] of objects) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor') || drawn.has(ref))
      continue
    if (!['FontFile', 'FontFile2', 'FontFile3'].some(key => object.has(PDFName.of(key))))
      missing.add(String(object.get(PDFName.of('FontName')) ?? '(unnamed)'))
  }
  return [...missing]
}

export interface DocumentInfo {
  title: string
  author: string
  subject: string
  keywords: string[]
  /** BCP 47 language tag; screen readers use it to pick a voice. */
  lang: string
}

/**
 * Writes a PDF's document information and language (/Lang) in place. Given the
 * headings the PDF was printed from, it also mends its bookmarks: Chromium drops the
 * space where a heading wraps ("one wordanother"), so each bookmark whose letters
 * match a heading gets that heading's text.
 */
export async function setDocumentInfo(file: string, info: DocumentInfo, headings: string[] = []): Promise<void> {
  const doc = await PDFDocument.load(await readFile(file), { updateMetadata: false })
  doc.setTitle(info.title, { showInWindowTitleBar: true })
  doc.setAuthor(info.author)
  doc.setSubject(info.subject)
  doc.setKeywords(info.keywords)
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(info.lang))
  const letters = (s: string) => s.replace(/\s+/g, '')
  const byLetters = new Map(headings.map(h => [letters(h), h.replace(/\s+/g, ' ').trim()]))
  const mend = (item: PDFDict | undefined): void => {
    for (; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = item.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString)
      const heading = title && byLetters.get(letters(title.decodeText()))
      if (heading)
        item.set(PDFName.of('Title'), PDFHexString.fromText(heading))
      mend(item.lookupMaybe(PDFName.of('First'), PDFDict))
    }
  }
  mend(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict))
  await writeFile(file, await doc.save())
}

/** The deck's headmatter (title, author, info, keywords) as PDF document information. */
export function documentInfo(headmatter: Record<string, unknown>, lang = 'en'): DocumentInfo {
  const text = (key: string): string => {
    const value = headmatter[key]
    if (typeof value !== 'string' || !value.trim())
      throw new Error(`the deck's headmatter (scripts/lib/entry.ts) needs a non-empty "${key}" for the PDF's document information`)
    return value.trim()
  }
  return {
    title: text('title'),
    author: text('author'),
    subject: text('info'),
    keywords: text('keywords').split(',').map(k => k.trim()).filter(Boolean),
    lang,
  }
}
