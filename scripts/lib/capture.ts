import type { Browser } from 'playwright-core'
import type { ColorScheme } from './options'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { showSlide, SLIDE_VIEWPORT } from './browse'

export interface CapturedSlide {
  no: number
  png: string
  /** Every web link on the slide, visible or in a diagram's text alternative. */
  links: string[]
}

/**
 * Opens every slide of a served deck and saves it as a PNG (980×552 canvas at `scale`,
 * light or dark slides), with every click step shown, and records its links for the handout. The slides are
 * the same pages the audience sees.
 */
export async function captureSlides(browser: Browser, deckUrl: string, count: number, dir: string, { scale = 2, scheme = 'light' as ColorScheme } = {}): Promise<CapturedSlide[]> {
  await mkdir(dir, { recursive: true })
  const page = await browser.newPage({ viewport: SLIDE_VIEWPORT, deviceScaleFactor: scale, colorScheme: scheme })
  const out: CapturedSlide[] = []
  try {
    for (let no = 1; no <= count; no++) {
      await showSlide(page, deckUrl, no, { allClicks: true })
      const png = join(dir, `slide-${String(no).padStart(2, '0')}.png`)
      await writeFile(png, await page.screenshot({ type: 'png' }))
      // Links in a figure's screen-reader text repeat sources the deck shows elsewhere (the
      // timeline's are on the sources slides): the handout lists what the slide shows.
      const links = await page.locator(`.slidev-page-${no} a[href^="http"]`).evaluateAll(as =>
        [...new Set(as.filter(a => !a.closest('.sr-only')).map(a => (a as HTMLAnchorElement).href))])
      out.push({ no, png, links })
    }
  }
  finally {
    await page.close()
  }
  return out
}
