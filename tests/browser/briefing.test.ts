// The ten-minute briefing as the analyst gives it: every slide short enough to take in at
// a glance, and the presenter view keeping time against the plan as the timer runs; and
// every page its build wrote valid HTML (nu-checker.ts; skipped without Java, saying
// so, except under CI).
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { waitForSlide } from '../../scripts/lib/browse'
import { loadSlides } from '../../scripts/lib/deck'
import { clock as seconds } from '../../timing/pace'
import { entryOf } from '../deck-under-test'
import { settle, shapeOf } from './journey'
import { checkerMissing, CI, htmlErrors } from './nu-checker'
import { openBrowser, watchedPage } from './session'
import { builtDeck, SITE_WAIT } from './site'

const slides = await loadSlides(await entryOf('briefing'))
const { aliases } = shapeOf(slides)
const MAX_WORDS = 45
const noChecker = checkerMissing()
if (noChecker && !CI)
  console.warn(`Valid HTML check skipped in this file: ${noChecker}`)

let deck: Awaited<ReturnType<typeof builtDeck>>
let browser: Browser
beforeAll(async () => {
  deck = await builtDeck({ withNotes: true, variant: 'briefing' })
  browser = await openBrowser()
}, SITE_WAIT)
afterAll(async () => {
  await browser?.close()
  await deck?.close()
})

// Runs in the page: the words a viewer reads on the slide, every click shown. Citations
// (the footer and the source links after a line) and text for screen readers only are not
// counted; chart and diagram labels are. A word has a letter in it ("25%" is not one).
const WORDS_ON_SLIDE = `(no) => {
  const layout = document.querySelector('#slideshow > .slidev-page-' + no + ' .slidev-layout')
  const copy = layout.cloneNode(true)
  copy.querySelectorAll('.source-note, .cite, .sr-only, svg title, svg desc').forEach(e => e.remove())
  return copy.textContent.split(/\\s+/).filter(w => /[a-z]/i.test(w))
}`

describe('the briefing', () => {
  it(`has at most ${MAX_WORDS} words on any slide, counting what the room reads`, async () => {
    const w = await watchedPage(browser, new URL(deck.url).origin)
    const counts: string[] = []
    for (let no = 1; no <= slides.length; no++) {
      await w.page.goto(`${deck.url}${no}?clicks=99`)
      await waitForSlide(w.page, no)
      const words = await w.page.evaluate(`(${WORDS_ON_SLIDE})(${no})`) as string[]
      expect(words.length, `slide ${no} shows no words`).toBeGreaterThan(2)
      if (words.length > MAX_WORDS)
        counts.push(`slide ${no} "${slides[no - 1].title ?? 'cover'}" has ${words.length} words: ${words.join(' ')}`)
    }
    expect(counts).toEqual([])
    expect(w.take().errors).toEqual([])
    await w.page.context().close()
  }, 120_000)

  it.skipIf(noChecker !== undefined && !CI)('is valid HTML on every page it built: each slide\'s address, the reading page, the 404 page', async () => {
    expect(await htmlErrors(deck.dir)).toEqual([])
  }, 120_000)

  it('without a hosted address, has no QR code and keeps no space for one', async () => {
    const w = await watchedPage(browser, new URL(deck.url).origin)
    for (const no of [1, slides.length]) {
      await w.page.goto(`${deck.url}${no}`)
      await waitForSlide(w.page, no)
      const slide = w.page.locator(`#slideshow > .slidev-page-${no}`)
      expect(await slide.locator('[data-take-home], svg[aria-label^="QR"]').count(), `slide ${no}`).toBe(0)
      const [row, content] = await slide.locator('.with-take-home').evaluate(el => [el.getBoundingClientRect().width, el.firstElementChild!.getBoundingClientRect().width])
      expect(content, `slide ${no}: its content does not take the whole width`).toBe(row)
    }
    await w.page.context().close()
  }, 60_000)

  it('shows in the presenter view each slide\'s budget, when it was planned, and the pace as the timer runs', async () => {
    const w = await watchedPage(browser, new URL(deck.url).origin, { width: 1280, height: 800 })
    const page = w.page
    await page.clock.install()
    await page.goto(`${deck.url}presenter/1`)
    await page.locator('#slideshow > .slidev-page-1 .slidev-layout').waitFor({ state: 'visible' })
    const panel = page.locator('.pace-panel')
    const read = async () => ({
      budget: await panel.locator('[data-budget]').textContent(),
      planned: await panel.locator('[data-planned]').textContent(),
      pace: await panel.locator('[data-pace-text]').textContent(),
    })
    const minutes = slides.map(s => Number(s.frontmatter.minutes))
    const clock = (m: number) => seconds(m * 60)
    expect(await read()).toEqual({ budget: `This slide ${clock(minutes[0])}`, planned: `Planned 0:00–${clock(minutes[0])}`, pace: 'Start the timer to see your pace' })

    // Start the presenter timer (its play button shows on hover), then let two minutes pass.
    const timer = page.locator('.slidev-presenter .i-carbon\\:time').locator('xpath=../..')
    await timer.hover()
    await timer.locator('.i-carbon\\:play').locator('xpath=..').click()
    await page.clock.runFor(120_000)
    await expect.poll(() => panel.locator('[data-pace-text]').textContent()).toBe(`${clock(2 - minutes[0])} behind`)

    await page.keyboard.press('ArrowRight')
    expect(await settle(page, { aliases, equal: { no: 2, clicks: 0 } }), 'ArrowRight did not reach slide 2').toBeDefined()
    await expect.poll(read).toEqual({
      budget: `This slide ${clock(minutes[1])}`,
      planned: `Planned ${clock(minutes[0])}–${clock(minutes[0] + minutes[1])}`,
      pace: `On time, ${clock(minutes[0] + minutes[1] - 2)} left`,
    })
    await page.clock.runFor(5 * 60_000)
    await expect.poll(() => panel.locator('[data-pace-text]').textContent()).toBe(`${clock(7 - minutes[0] - minutes[1])} behind`)
    expect(w.take().errors).toEqual([])
    await page.context().close()
  }, 120_000)
})
