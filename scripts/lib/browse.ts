import type { Browser, Locator, Page } from 'playwright-core'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from '../../vite/chromium'

/** Slidev's canvas: 980 px wide at 16:9. A viewport this size shows a slide at scale 1. */
export const SLIDE_VIEWPORT = { width: 980, height: 552 }

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
}

/**
 * Opens slide `no` (1-based) and waits until its fonts and diagrams are drawn.
 * `allClicks` shows every click step at once (Slidev clamps the count), as print does.
 */
export async function openSlide(page: Page, deckUrl: string, no: number, { allClicks = false } = {}): Promise<void> {
  await page.goto(`${deckUrl}${no}${allClicks ? '?clicks=999' : ''}`, { waitUntil: 'load' })
  await waitForSlide(page, no)
}

export async function waitForSlide(page: Page, no: number): Promise<void> {
  // A built route holds a copy of its slide drawn at build time until the app takes over.
  await page.locator('#prerendered').waitFor({ state: 'detached' })
  const slide = page.locator(`.slidev-page-${no}`)
  // The page wrapper (and its footnote layer) appears before the slide's own code has
  // loaded; the layout is the slide's content.
  await slide.locator('.slidev-layout').waitFor({ state: 'visible' })
  await waitForDrawing(page, slide)
}

/**
 * Waits for the fonts, then for every diagram in `scope` to be laid out. A diagram is SVG
 * in the slide's own markup, drawn with the slide: its labels take their final shape only
 * once the fonts have loaded.
 */
export async function waitForDrawing(page: Page, scope: Locator): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  const diagrams = scope.locator('[data-diagram]')
  for (let i = 0; i < await diagrams.count(); i++)
    await diagrams.nth(i).locator('svg').first().waitFor({ state: 'visible' })
}
