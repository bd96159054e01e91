import type { Browser, Page } from 'playwright-core'
import type { ColorScheme } from './options'
import { SLIDE_VIEWPORT, waitForDrawing } from './browse'

export interface SlidesPdfOptions {
  deckUrl: string
  count: number
  out: string
  scheme?: ColorScheme
}

/** The built deck's print view with every one of its `count` slides drawn, each click step shown. */
export async function openPrintView(page: Page, deckUrl: string, count: number): Promise<void> {
  await page.goto(`${deckUrl}print?print=true`, { waitUntil: 'load' })
  const slides = page.locator('.print-slide-container')
  await slides.nth(count - 1).waitFor({ state: 'attached' })
  if (await slides.count() !== count)
    throw new Error(`the print view shows ${await slides.count()} slides, expected ${count}`)
  // Each slide's code loads on its own; wait until every one has its layout.
  await page.waitForFunction(n => document.querySelectorAll('.print-slide-container .slidev-layout').length >= n, count)
  await waitForDrawing(page, page.locator('body'))
}

/**
 * Prints the built deck's /print route (every slide, every click step shown) as one
 * tagged PDF: Chromium then writes a structure tree for screen readers and a bookmark
 * per slide heading. `slidev export` cannot, because it does not pass `tagged`.
 * Returns the headings printed, from which the bookmarks were made, and the labels each
 * slide's charts, timeline and diagrams drew, which the PDF must carry as text.
 */
export async function printSlidesPdf(browser: Browser, { deckUrl, count, out, scheme = 'light' }: SlidesPdfOptions): Promise<{ headings: string[], drawnLabels: string[][] }> {
  const context = await browser.newContext({ viewport: SLIDE_VIEWPORT, colorScheme: scheme })
  try {
    const page = await context.newPage()
    await openPrintView(page, deckUrl, count)
    const slides = page.locator('.print-slide-container')
    await page.emulateMedia({ media: 'print' })
    await page.pdf({
      path: out,
      // One page per slide at the slide's size, from Slidev's print mode (its @page rule),
      // as anyone printing the hosted deck gets it.
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      outline: true,
      margin: { top: '0', right: '0', bottom: '0', left: '0' },
    })
    return {
      headings: await page.locator('h1, h2, h3, h4, h5, h6').allTextContents(),
      drawnLabels: await slides.evaluateAll(containers => containers.map(c =>
        Array.from(c.querySelectorAll('figure svg text'), t => t.textContent?.trim() ?? '').filter(Boolean))),
    }
  }
  finally {
    await context.close()
  }
}
