// The deck under test's class variant presented from the presenter view of its notes build
// (tests/browser/real-deck-journeys.ts does the same for every other deck).
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSlides } from '../../scripts/lib/deck'
import { entryOf } from '../deck-under-test'
import { shapeOf } from './journey'
import { presenterWalk } from './presenter-walk'
import { openBrowser } from './session'
import { builtDeck, SITE_WAIT } from './site'

const shape = shapeOf(await loadSlides(await entryOf('class')))

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

describe('the presenter view driving the audience window', () => {
  it('arrowRight in the presenter view to the end: the audience follows, and both show every diagram drawn', async () => {
    expect(await presenterWalk(browser, deck.url, shape)).toEqual([])
  }, 600_000)
})
