import type { Browser, Locator, Page } from 'playwright-core'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from '../../vite/chromium'

/** Slidev's canvas: 980 px wide at 16:9. A viewport this size shows a slide at scale 1. */
export const SLIDE_VIEWPORT = { width: 980, height: 552 }

export function launchChromium(args: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, ...args] })
}

/**
 * Opens slide `no` (1-based) and waits until its fonts and diagrams are drawn.
 * `allClicks` shows every click step at once (Slidev clamps the count), as print does.
 */
export async function openSlide(page: Page, deckUrl: string, no: number, { allClicks = false } = {}): Promise<void> {
  await page.goto(`${deckUrl}${no}${allClicks ? '?clicks=999' : ''}`, { waitUntil: 'load' })
  await waitForSlide(page, no)
}

/** In the page: whether its slideshow shows slide `no` and no other. */
function showsAlone(no: number): boolean {
  const shown = [...document.querySelectorAll('#slideshow > [data-slidev-no]')].filter(el => el.checkVisibility())
  return shown.length === 1 && shown[0].getAttribute('data-slidev-no') === String(no)
}

/**
 * Shows slide `no` as openSlide does, but in a page already showing another slide of the
 * deck the deck's own router goes there, as a link in the deck would: the same slide,
 * drawn by the same app, for a fifth of the work of loading the page again (a build draws
 * every slide, an export photographs them all).
 */
export async function showSlide(page: Page, deckUrl: string, no: number, { allClicks = false } = {}): Promise<void> {
  const inDeck = page.url().startsWith(deckUrl) && await page.locator('#slideshow > [data-slidev-no]').count() > 0
  // A move within the slide shown would have no change of slide to wait for: load instead.
  if (!inDeck || await page.evaluate(showsAlone, no))
    return openSlide(page, deckUrl, no, { allClicks })
  // The router is reached through the browser's history, as Back and Forward reach it.
  await page.evaluate((address) => {
    history.pushState(history.state, '', address)
    dispatchEvent(new PopStateEvent('popstate', { state: history.state }))
  }, `${deckUrl}${no}${allClicks ? '?clicks=999' : ''}`)
  await page.waitForFunction(showsAlone, no)
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
