// The presenter view of the notes build driving the audience window, as in a classroom:
// two windows of one browser, which Slidev keeps in step (BroadcastChannel, localStorage).
import type { Browser } from 'playwright-core'
import type { Place } from './journey'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SLIDE_VIEWPORT, waitForSlide } from '../../scripts/lib/browse'
import { loadSlides } from '../../scripts/lib/deck'
import { entryOf } from '../deck-under-test'
import { diagramFailures, settle, shapeOf, slideFailures, unreached, waitForDeck, walk, where } from './journey'
import { openBrowser, watchedPage } from './session'
import { builtDeck } from './site'

const shape = shapeOf(await loadSlides(await entryOf('class')))
const { total, aliases } = shape

let deck: Awaited<ReturnType<typeof builtDeck>>
let browser: Browser

beforeAll(async () => {
  deck = await builtDeck({ withNotes: true })
  browser = await openBrowser()
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await deck?.close()
})

describe('the presenter view driving the audience window', () => {
  it('arrowRight in the presenter view to the end: the audience follows, and both show every diagram drawn', async () => {
    const w = await watchedPage(browser, new URL(deck.url).origin, { width: 1280, height: 800 })
    const presenter = w.page
    const audience = await presenter.context().newPage()
    audience.on('pageerror', e => w.errors.push(`audience: ${e.message}`))
    await audience.setViewportSize(SLIDE_VIEWPORT)
    await audience.goto(`${deck.url}1`)
    await waitForSlide(audience, 1)
    await presenter.goto(`${deck.url}presenter/1`)
    await presenter.locator('#slideshow > .slidev-page-1 .slidev-layout').waitFor({ state: 'visible' })
    await presenter.bringToFront()
    await waitForDeck(audience, shape)
    await waitForDeck(presenter, shape)
    const start = await settle(presenter, { aliases, equal: { no: 1, clicks: 0 } })
    expect(start, 'the presenter view did not open on slide 1').toBeDefined()

    // Once the audience window is left behind, one failure says so; the presenter's pane is still checked.
    let lost = false
    const check = async (at: Place) => {
      const pane = await diagramFailures(presenter, at.no, 'presenter\'s current-slide pane, slide')
      if (lost)
        return pane
      if (!await settle(audience, { aliases, equal: at })) {
        lost = true
        return [`audience window: stayed at ${audience.url()} when the presenter went to ${where(at)}`, ...pane]
      }
      return [...(await slideFailures(audience, at.no)).map(f => `audience window: ${f}`), ...pane]
    }
    const { visited, failures } = await walk({ page: presenter, shape, key: 'ArrowRight', check }, start!)
    await presenter.context().close()
    expect([
      ...failures,
      ...unreached(visited, total),
      ...w.take().errors,
    ]).toEqual([])
  }, 600_000)
})
