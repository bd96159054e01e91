import type { Browser } from 'playwright-core'
import { SLIDE_VIEWPORT } from './browse'

export interface SlidesPdfOptions {
  deckUrl: string
  count: number
  out: string
  dark?: boolean
}

// Slidev's canvas is 980 px wide at 16:9; one PDF page per slide at exactly that size.
const PAGE = { width: `${SLIDE_VIEWPORT.width}px`, height: `${SLIDE_VIEWPORT.width * 9 / 16}px` }

/**
 * Prints the built deck's /print route (every slide, every click step shown) as one
 * tagged PDF: Chromium then writes a structure tree for screen readers and a bookmark
 * per slide heading. `slidev export` cannot, because it does not pass `tagged`.
 * Returns the headings printed, from which the bookmarks were made.
 */
export async function printSlidesPdf(browser: Browser, { deckUrl, count, out, dark = false }: SlidesPdfOptions): Promise<{ headings: string[] }> {
  const context = await browser.newContext({ viewport: SLIDE_VIEWPORT, colorScheme: dark ? 'dark' : 'light' })
  try {
    const page = await context.newPage()
    await page.goto(`${deckUrl}print?print=true`, { waitUntil: 'load' })
    const slides = page.locator('.print-slide-container')
    await slides.nth(count - 1).waitFor({ state: 'attached' })
    if (await slides.count() !== count)
      throw new Error(`the print view shows ${await slides.count()} slides, expected ${count}`)
    // Each slide's code loads on its own; wait until every one has its layout.
    await page.waitForFunction(n => document.querySelectorAll('.print-slide-container .slidev-layout').length >= n, count)
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    // A diagram is done when it is drawn, or when Slidev shows Mermaid's error in a <pre>
    // (which the PDF check then reports by name).
    const diagrams = page.locator('[data-diagram]')
    for (let i = 0; i < await diagrams.count(); i++)
      await diagrams.nth(i).locator('svg[data-fitted], pre').first().waitFor({ state: 'visible' })
    await page.emulateMedia({ media: 'print' })
    await page.pdf({
      path: out,
      ...PAGE,
      // The print view ends with an empty block that would become a blank last page.
      pageRanges: `1-${count}`,
      printBackground: true,
      tagged: true,
      outline: true,
      margin: { top: '0', right: '0', bottom: '0', left: '0' },
    })
    return { headings: await page.locator('h1, h2, h3, h4, h5, h6').allTextContents() }
  }
  finally {
    await context.close()
  }
}
