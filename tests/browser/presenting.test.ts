// The presenter's build (notes kept) and the phone-sized audience view.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { waitForSlide } from '../../scripts/lib/browse'
import { loadSlides } from '../../scripts/lib/deck'
import { entryOf } from '../deck-under-test'
import { auditSlide } from './audit'
import { openBrowser, watchedPage } from './session'
import { builtDeck, SITE_WAIT } from './site'

const slides = await loadSlides(await entryOf('class'))
let deck: Awaited<ReturnType<typeof builtDeck>>
let browser: Browser

beforeAll(async () => {
  deck = await builtDeck({ withNotes: true })
  browser = await openBrowser()
}, SITE_WAIT)

afterAll(async () => {
  await browser?.close()
  await deck?.close()
})

describe('the presenter view', () => {
  it('opens on a slide with that slide\'s notes', async () => {
    const w = await watchedPage(browser, new URL(deck.url).origin, { width: 1280, height: 800 })
    const no = 4
    await w.page.goto(`${deck.url}presenter/${no}`)
    const note = w.page.locator('.slidev-note')
    await note.first().waitFor({ state: 'visible' })
    const firstLine = slides[no - 1].note!.trim().split('\n')[0]
    await expect.poll(() => note.first().textContent()).toContain(firstLine.slice(0, 50))
    expect(w.take()).toEqual({ errors: [], external: [], dialogs: [] })
  })
})

// Held upright, a phone gets the reading page instead (phone.test.ts).
describe('a phone', () => {
  it.each([
    { name: 'landscape', viewport: { width: 844, height: 390 }, minPx: 9.5 },
  ])('in $name shows the whole current slide, large enough to read, with no sideways scrolling', async ({ viewport, minPx }) => {
    const w = await watchedPage(browser, new URL(deck.url).origin, viewport)
    const no = slides.findIndex(s => s.content.includes('<KeyPoints section="energy"')) + 1
    await w.page.goto(`${deck.url}${no}`)
    await waitForSlide(w.page, no)
    const box = (await w.page.locator(`.slidev-page-${no}`).boundingBox())!
    const scale = await w.page.evaluate(() => Number(getComputedStyle(document.documentElement).getPropertyValue('--slidev-slide-scale')))
    expect(box.x).toBeGreaterThanOrEqual(-0.5)
    expect(box.y).toBeGreaterThanOrEqual(-0.5)
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 0.5)
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 0.5)
    // The slide uses the full height the screen offers.
    expect(Math.max(box.width / viewport.width, box.height / viewport.height)).toBeGreaterThan(0.97)
    expect(await w.page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(viewport.width)
    // Every text, including the 14px footnote, is drawn at least minPx on the phone.
    const audit = await w.page.evaluate(auditSlide, { no, minPx: minPx / scale })
    expect(audit.tiny).toEqual([])
    expect(audit.outside).toEqual([])
    // Slidev's nav bar stays out of the way instead of covering the slide's footnote.
    const navOpacity = await w.page.locator('#slide-container > .absolute.bottom-0').evaluate(el => getComputedStyle(el).opacity)
    expect(navOpacity).toBe('0')
    expect(w.take()).toEqual({ errors: [], external: [], dialogs: [] })
  })
})
