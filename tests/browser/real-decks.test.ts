// Every real deck but the one the engine's suites walk in full (tests/deck-under-test.ts),
// built and walked as its audience meets it: each slide opened at its address and checked
// (no error, nothing fetched from elsewhere, nothing spilling or too small, accessible),
// then the whole talk presented with the arrow key, every slide reached and drawn.
import type { Browser } from 'playwright-core'
import type { Watched } from './session'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { waitForSlide } from '../../scripts/lib/browse'
import { loadSlides } from '../../scripts/lib/deck'
import { deckArticle, decksIn, writeEntry } from '../../scripts/lib/decks'
import { DECK } from '../deck-under-test'
import { auditSlide } from './audit'
import { shapeOf, slideFailures, unreached, waitForDeck, walk } from './journey'
import { axeViolations, openBrowser, watchedPage } from './session'
import { builtDeck } from './site'

const MIN_PX = 14
const runs = await Promise.all(decksIn().filter(d => d.id !== DECK.id).map(async (deck) => {
  const article = await deckArticle(deck)
  return Promise.all(article.deck.variants.map(async v => ({ deck, article, variant: v.id, slides: await loadSlides(await writeEntry(deck, v.id)) })))
}))

describe.each(runs.flat().map(r => ({ ...r, name: `${r.deck.id}, ${r.variant}` })))('the $name deck', ({ deck, article, variant, slides }) => {
  let site: Awaited<ReturnType<typeof builtDeck>>
  let browser: Browser
  let w: Watched

  beforeAll(async () => {
    site = await builtDeck({ deck, variant })
    browser = await openBrowser()
    w = await watchedPage(browser, new URL(site.url).origin)
  }, 240_000)
  afterAll(async () => {
    await browser?.close()
    await site?.close()
  })

  it('shows every slide at its address with no error, nothing fetched from elsewhere, nothing spilling, no text under 14 px, no accessibility fault', async () => {
    const problems: string[] = []
    for (let no = 1; no <= slides.length; no++) {
      await w.page.goto(`${site.url}${no}`)
      await waitForSlide(w.page, no)
      const audit = await w.page.evaluate(auditSlide, { no, minPx: MIN_PX })
      const seen = w.take()
      problems.push(...[...audit.outside, ...audit.overlap, ...audit.overflow, ...audit.tiny, ...seen.errors, ...seen.external, ...await axeViolations(w.page)].map(p => `slide ${no}: ${p}`))
    }
    expect(problems).toEqual([])
  }, 240_000)

  it('is presented with the arrow key from the first slide to the last, every slide reached, headed and drawn', async () => {
    const shape = shapeOf(slides, article)
    await w.page.goto(`${site.url}1`)
    await waitForDeck(w.page, shape)
    const { visited, failures } = await walk({ page: w.page, shape, key: 'ArrowRight', check: at => slideFailures(w.page, at.no) }, { no: 1, clicks: 0 })
    expect([...failures, ...unreached(visited, slides.length)]).toEqual([])
    expect(w.take().errors).toEqual([])
  }, 240_000)
})
