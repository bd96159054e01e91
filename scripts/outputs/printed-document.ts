import type { Browser } from 'playwright-core'
import type { DocumentInfo } from '../lib/pdf'
import type { PrintFont } from '../lib/print-page'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ROOT } from '../lib/deck'
import { setDocumentInfo } from '../lib/pdf'
import { printedPdf } from '../lib/print-page'

/** The deck's font, to embed in printed documents so they print the same offline. */
export async function deckFonts(): Promise<PrintFont[]> {
  return Promise.all([400, 700].map(async weight => ({
    weight,
    woff2: (await readFile(join(ROOT, `node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff2`))).toString('base64'),
  })))
}

/**
 * A printed document (the quiz sheet, its answer key, the briefing note): tagged, with the
 * deck's footer, its own title and the deck's author, subject and keywords.
 */
export async function printDocument(browser: Browser, html: string, paper: 'a4' | 'letter', out: string, info: DocumentInfo, footer: string): Promise<void> {
  const page = await browser.newPage()
  try {
    await page.setContent(html, { waitUntil: 'load' })
    await page.pdf({ path: out, ...printedPdf(paper, footer) })
    await setDocumentInfo(out, info, await page.locator('h1, h2, h3, h4, h5, h6').allTextContents())
  }
  finally {
    await page.close()
  }
}
