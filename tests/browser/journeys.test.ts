// The built site used the way a presenter uses it: arriving on slides by the keyboard,
// go-to, the overview and the browser's history, and presenting on after a click. The
// per-address suite (slides.test.ts) loads each slide fresh, as a crawler does.
import type { Page } from 'playwright-core'
import type { Place } from './journey'
import type { Watched } from './session'
import { describe, expect, it } from 'vitest'
import { checkAliasFor, pointById } from '../../data'
import { openSlide, SLIDE_VIEWPORT, waitForSlide } from '../../scripts/lib/browse'
import { diagramsOn, loadSlides } from '../../scripts/lib/deck'
import { article, entryOf } from '../deck-under-test'
import { press, settle, shapeOf, slideFailures, unreached, waitForDeck, walk, where } from './journey'
import { watchedPage } from './session'
import { deckInBrowser } from './site'

const slides = await loadSlides(await entryOf('class'))
const shape = shapeOf(slides)
const { total, aliases } = shape
const diagramSlides = slides.flatMap((s, i) => diagramsOn(article, s).length ? [i + 1] : [])
const slideWith = (markup: string) => slides.findIndex(s => s.content.includes(markup)) + 1

const env = deckInBrowser()

/** A fresh window (no dark setting, no history) on slide `no`, loaded by its address. */
async function openAt(no: number, viewport = SLIDE_VIEWPORT): Promise<{ w: Watched, page: Page, at: Place }> {
  const w = await watchedPage(env.browser, new URL(env.deck.url).origin, viewport)
  await w.page.goto(`${env.deck.url}${no}`)
  await waitForSlide(w.page, no)
  const at = await settle(w.page, { aliases, equal: { no, clicks: 0 } })
  expect(at, `slide ${no} did not open from its address`).toBeDefined()
  return { w, page: w.page, at: at! }
}

const deckReady = (page: Page) => waitForDeck(page, shape)

const errorsOf = (w: Watched) => w.take().errors.map(e => `deck page: ${e}`)

describe('a presenter walking the deck with the keyboard', () => {
  it.each([
    { size: '980×552', viewport: SLIDE_VIEWPORT },
    { size: '1280×720', viewport: { width: 1280, height: 720 } },
  ])('at $size, ArrowRight through every step to the end and ArrowLeft back: every slide drawn, headed and fitting', async ({ viewport }) => {
    const { w, page, at } = await openAt(1, viewport)
    await deckReady(page)
    const check = (p: Place) => slideFailures(page, p.no)
    const forward = await walk({ page, shape, key: 'ArrowRight', check }, at)
    const back = await walk({ page, shape, key: 'ArrowLeft', check }, forward.visited.at(-1)!)
    const failures = [
      ...await slideFailures(page, 1),
      ...forward.failures,
      ...unreached(forward.visited, total),
      ...back.failures.map(f => `going back: ${f}`),
      ...unreached(back.visited, total).map(f => `going back: ${f}`),
      ...errorsOf(w),
    ]
    await w.page.context().close()
    expect(failures).toEqual([])
  }, 600_000)

  it('space through every step to the end: every slide drawn, headed and fitting', async () => {
    const { w, page, at } = await openAt(1)
    await deckReady(page)
    const forward = await walk({ page, shape, key: 'Space', check: p => slideFailures(page, p.no) }, at)
    const failures = [...forward.failures, ...unreached(forward.visited, total), ...errorsOf(w)]
    await w.page.context().close()
    expect(failures).toEqual([])
  }, 400_000)
})

describe('arriving by go-to, the overview and the browser\'s history', () => {
  // The targets were mounted hidden long before the presenter jumps to them.
  const [first, second] = [diagramSlides[1], diagramSlides.at(-1)!]

  async function arrivedAt(page: Page, no: number, how: string): Promise<string[]> {
    const at = await settle(page, { aliases, equal: { no, clicks: 0 } })
    if (!at)
      return [`${how} did not land on slide ${no} (address ${page.url()})`]
    return (await slideFailures(page, no)).map(f => `${how}: ${f}`)
  }

  it(`go-to (g, a number, Enter) lands on slides ${first} and ${second} drawn`, async () => {
    const { w, page } = await openAt(1)
    await deckReady(page)
    const failures: string[] = []
    for (const no of [first, second]) {
      await page.keyboard.press('g')
      const input = page.locator('#slidev-goto-dialog input')
      await expect.poll(() => input.evaluate(el => el === document.activeElement), { timeout: 10_000 }).toBe(true)
      await input.fill(String(no))
      await input.press('Enter')
      failures.push(...await arrivedAt(page, no, `go-to ${no}`))
    }
    failures.push(...errorsOf(w))
    await w.page.context().close()
    expect(failures).toEqual([])
  }, 120_000)

  it(`the overview (o, click a thumbnail) lands on slides ${first} and ${second} drawn`, async () => {
    const { w, page } = await openAt(1)
    await deckReady(page)
    const failures: string[] = []
    for (const no of [first, second]) {
      await page.keyboard.press('o')
      // The overview's cards hold live copies of the slides, outside the slideshow.
      const card = page.locator('.inline-block', { has: page.locator(`.slidev-page-${no}`) }).filter({ hasNot: page.locator('#slideshow') })
      await card.click({ timeout: 15_000 })
      failures.push(...await arrivedAt(page, no, `overview card ${no}`))
    }
    failures.push(...errorsOf(w))
    await w.page.context().close()
    expect(failures).toEqual([])
  }, 120_000)

  // History from the keyboard, slide by slide as presented, then back and forth over the first diagram.
  const start = diagramSlides[0] - 1
  it(`Back and Forward land on slides ${start} to ${start + 2} drawn`, async () => {
    const { w, page, at } = await openAt(start)
    await deckReady(page)
    const failures: string[] = []
    let here: Place | undefined = at
    for (let i = 0; i < 2 && here; i++)
      here = await press(page, 'ArrowRight', here, aliases)
    expect(here, `ArrowRight did not take slide ${start} two slides on`).toEqual({ no: start + 2, clicks: 0 })
    for (const [move, no] of [['back', start + 1], ['back', start], ['forward', start + 1], ['forward', start + 2]] as const) {
      await (move === 'back' ? page.goBack({ waitUntil: 'commit' }) : page.goForward({ waitUntil: 'commit' }))
      failures.push(...await arrivedAt(page, no, `env.browser ${move} to ${no}`))
    }
    failures.push(...errorsOf(w))
    await w.page.context().close()
    expect(failures).toEqual([])
  }, 120_000)
})

/** Whether `key` moves the deck on from `from`: a later click step or a later slide. */
async function keepsPresenting(page: Page, from: Place, key: string, after: string): Promise<void> {
  const to = await press(page, key, from, aliases)
  const outcome = !to ? 'did not move' : to.no > from.no || (to.no === from.no && to.clicks > from.clicks) ? 'moved on' : `went to ${where(to)}`
  expect(outcome, `${key} after ${after}, from ${where(from)}`).toBe('moved on')
}

// A point with a verdict marker, the content slide that shows it, and the checks slide it leads to.
const marked = article.assessments.map(check => ({
  check: check.id,
  point: check.point,
  from: slideWith(`<KeyPoints section="${pointById(article, check.point).section}"`),
  target: aliases[checkAliasFor(article, check.point) ?? ''],
})).find(m => m.from > 1 && m.target)!
// The badge a presenter sees and clicks, inside the marker's link.
const markerOf = (m: typeof marked) => `#slideshow > .slidev-page-${m.from} [data-point="${m.point}"] a.check-marker .verdict`

describe('after a click, the next key press still presents', () => {
  const faq = slideWith('<FaqReveal')

  it.each([
    { key: 'ArrowRight', question: 1 },
    { key: 'Space', question: 2 },
  ])(`$key after clicking FAQ question $question (slide ${faq})`, async ({ key, question }) => {
    const { w, page, at } = await openAt(faq)
    const button = page.locator(`#slideshow > .slidev-page-${faq} dt button`).nth(question - 1)
    const text = (await button.textContent())!.trim()
    await button.click()
    const after = await settle(page, { aliases, unlike: at })
    expect(after, `clicking FAQ question "${text}" on slide ${faq} changed nothing`).toBeDefined()
    await keepsPresenting(page, after!, key, `clicking FAQ question "${text}"`)
    await w.page.context().close()
  }, 60_000)

  it(`ArrowRight after the nav bar's dark-mode switch (slide ${diagramSlides[0]})`, async () => {
    const { w, page, at } = await openAt(diagramSlides[0])
    // The nav bar shows while the pointer is over the slide's bottom left.
    await page.mouse.move(40, SLIDE_VIEWPORT.height - 20)
    await page.getByTitle('Switch to dark mode theme').click()
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('dark')), { message: 'the switch did not turn the deck dark' }).toBe(true)
    await keepsPresenting(page, at, 'ArrowRight', 'clicking the nav bar\'s "Switch to dark mode theme"')
    await w.page.context().close()
  }, 60_000)

  it(`ArrowRight after following the verdict marker of "${marked.point}" (slide ${marked.from} to ${marked.target})`, async () => {
    const { w, page } = await openAt(marked.from)
    await page.locator(markerOf(marked)).click()
    const landed = await settle(page, { aliases, equal: { no: marked.target, clicks: 0 } })
    expect(landed, `the marker of "${marked.point}" on slide ${marked.from} did not lead to slide ${marked.target}`).toBeDefined()
    await keepsPresenting(page, landed!, 'ArrowRight', `clicking the verdict marker of "${marked.point}"`)
    await w.page.context().close()
  }, 60_000)

  const sources = slideWith('<SourcesList part="checks"')
  it(`ArrowRight after a source link opened its page in a new tab (slide ${sources})`, async () => {
    const { w, page, at } = await openAt(sources)
    const link = page.locator(`#slideshow > .slidev-page-${sources} a[target="_blank"]`).first()
    const href = await link.getAttribute('href')
    // The new tab's request leaves the machine, so the session blocks it; the tab still opens.
    const [tab] = await Promise.all([page.waitForEvent('popup'), link.click()])
    await tab.close()
    await page.bringToFront()
    await keepsPresenting(page, at, 'ArrowRight', `following the source link ${href} and coming back`)
    await w.page.context().close()
  }, 60_000)
})

describe('the class self-check', () => {
  const asked = slideWith('<SelfCheck :no="1"')
  const check = article.assessments.find(c => c.id === article.selfCheck[0])!
  const other = (['accurate', 'wrong'] as const).find(v => v !== check.verdict)!

  it(`hides the record's verdict until the click, keeps the room's pick, then presents on (slide ${asked})`, async () => {
    const { w, page, at } = await openAt(asked)
    const slide = page.locator(`#slideshow > .slidev-page-${asked}`)
    const record = slide.locator('[data-record]')
    const shown = () => record.evaluate(el => getComputedStyle(el).opacity !== '0' && getComputedStyle(el).visibility !== 'hidden')
    expect(await shown(), 'the record showed before the click').toBe(false)
    // The room picks a verdict with the mouse; the clicker must still drive the deck after.
    await slide.locator(`button[data-verdict="${other}"]`).click()
    expect(await slide.locator(`button[data-verdict="${other}"]`).getAttribute('aria-pressed')).toBe('true')
    const revealed = await press(page, 'ArrowRight', at, aliases)
    expect(revealed, 'ArrowRight after picking a verdict did nothing').toEqual({ no: asked, clicks: 1 })
    await expect.poll(shown, { message: 'the record did not show on the click' }).toBe(true)
    const text = (await record.textContent())!
    expect(text).toContain(check.record)
    expect(text.toLowerCase()).toContain(check.verdict)
    expect(text).toContain(`The room chose ${other}.`)
    await keepsPresenting(page, revealed!, 'ArrowRight', 'revealing the self-check\'s record')
    expect(errorsOf(w)).toEqual([])
    await w.page.context().close()
  }, 60_000)

  it('shows the record in the picture the PNGs and the handouts are made from', async () => {
    const w = await watchedPage(env.browser, new URL(env.deck.url).origin)
    await openSlide(w.page, env.deck.url, asked, { allClicks: true })
    const record = w.page.locator(`.slidev-page-${asked} [data-record]`)
    expect(await record.evaluate(el => getComputedStyle(el).opacity)).toBe('1')
    expect(await record.textContent()).toContain(check.record)
    await w.page.context().close()
  }, 60_000)
})

describe('a verdict marker, then the way back', () => {
  it.each(['a click', 'Tab and Enter'])(`returns by %s to slide ${marked.from}, where the presenter was, and the keys go on`, async (how) => {
    // Arrive as a presenter does, from the slide before.
    const { w, page, at } = await openAt(marked.from - 1)
    expect(await press(page, 'ArrowRight', at, aliases), `ArrowRight from slide ${marked.from - 1}`).toEqual({ no: marked.from, clicks: 0 })
    await page.locator(markerOf(marked)).click()
    const landed = await settle(page, { aliases, equal: { no: marked.target, clicks: 0 } })
    expect(landed, `the marker of "${marked.point}" on slide ${marked.from} did not lead to slide ${marked.target}`).toBeDefined()

    const checks = page.locator(`#slideshow > .slidev-page-${marked.target}`)
    const row = checks.locator(`[data-check="${marked.check}"]`)
    await expect.poll(() => row.getAttribute('data-meant'), { timeout: 10_000, message: `slide ${marked.target}: row "${marked.check}" is not marked data-meant` }).not.toBeNull()
    expect(await row.getAttribute('aria-current'), `slide ${marked.target}: row "${marked.check}" aria-current`).toBe('true')
    expect(await checks.locator('[data-meant]').count(), `slide ${marked.target}: rows marked data-meant`).toBe(1)
    const back = row.locator('[data-return]')
    expect(await back.count(), `slide ${marked.target}: row "${marked.check}" has no [data-return] control`).toBe(1)
    expect((await back.textContent())?.replace(/\s+/g, ' ').trim()).toBe(`Back to slide ${marked.from}`)

    if (how === 'a click') {
      await back.click()
    }
    else {
      const focused = () => back.evaluate(el => el.contains(document.activeElement))
      for (let i = 0; i < 60 && !await focused(); i++)
        await page.keyboard.press('Tab')
      expect(await focused(), `Tab never reached "Back to slide ${marked.from}" on slide ${marked.target}`).toBe(true)
      await page.keyboard.press('Enter')
    }
    const returned = await settle(page, { aliases, equal: { no: marked.from, clicks: 0 } })
    expect(returned, `"Back to slide ${marked.from}" by ${how} left the deck at ${page.url()}`).toBeDefined()
    await keepsPresenting(page, returned!, 'ArrowRight', `returning by ${how}`)
    expect(errorsOf(w)).toEqual([])
    await w.page.context().close()
  }, 60_000)
})
