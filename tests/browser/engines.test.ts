// Every real deck (its first variant) in the engines beside Chromium its audience may
// have: Firefox and WebKit (Safari's engine). Each slide at its address, the talk walked
// with the arrow key, the figures drawn; and the reading page at two phone widths, in
// Chromium as well, where a trial found a two-column list breaking an item, or a word,
// over its column gap. The other suites walk the slides in Chromium.
//
// One browser per engine for the file; each deck's site is the run's one build of it
// (built-sites.ts): the deck under test's public build, the others' notes builds, whose
// audience pages are the same. An engine missing on this machine is skipped, saying what
// to install; under CI it fails.
import type { Engine, EnginePage } from './engines/engine'
import type { Place } from './journey'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SLIDE_VIEWPORT } from '../../scripts/lib/browse'
import { figuresOn, loadSlides } from '../../scripts/lib/deck'
import { deckArticle, decksIn, writeEntry } from '../../scripts/lib/decks'
import { DECK } from '../deck-under-test'
import { auditSlide } from './audit'
import { chromium } from './engines/chromium'
import { firefox } from './engines/firefox'
import { figureFailures, openSlide, waitForDeck, walkForward } from './engines/slides'
import { webkit } from './engines/webkit'
import { shapeOf, unreached } from './journey'
import { readingAudit } from './reading-audit'
import { builtDeck, SITE_WAIT } from './site'

const CI = /^(?:1|true)$/i.test(process.env.CI ?? '')
const SLIDE_MIN_PX = 14
const READING_MIN_PX = 16
/** Phones held upright: a small Android and an iPhone. */
const PHONES = [{ width: 360, height: 800 }, { width: 390, height: 844 }]

const decks = await Promise.all(decksIn().map(async (deck) => {
  const article = await deckArticle(deck)
  const variant = article.deck.variants[0].id
  const slides = await loadSlides(await writeEntry(deck, variant))
  return { deck, article, variant, slides, shape: shapeOf(slides, article), name: `${deck.id}, ${variant}` }
}))

const sites = new Map<string, Awaited<ReturnType<typeof builtDeck>>>()
beforeAll(async () => {
  await Promise.all(decks.map(async ({ deck, variant }) => {
    sites.set(deck.id, await builtDeck({ deck, variant, withNotes: deck.id !== DECK.id }))
  }))
}, SITE_WAIT)
afterAll(async () => {
  await Promise.all(Array.from(sites.values(), s => s.close()))
})
const urlOf = (deckId: string) => sites.get(deckId)!.url

/** Chromium's slides are walked by the other suites; here it reads on a phone. */
const ENGINES: { engine: Engine, journeys: boolean }[] = [
  { engine: chromium, journeys: false },
  { engine: firefox, journeys: true },
  { engine: webkit, journeys: true },
]

describe.each(ENGINES)('in $engine.name', ({ engine, journeys }) => {
  const missing = engine.missing()
  if (missing && !CI)
    console.warn(`Skipping the ${engine.name} journeys: ${missing}`)
  let page: EnginePage

  beforeAll(async () => {
    if (!missing)
      page = await engine.open()
  }, 60_000)
  afterAll(async () => {
    await page?.close()
  })

  if (CI && missing) {
    it(`has ${engine.name}, as CI must`, () => {
      throw new Error(missing)
    })
  }

  describe.each(decks)('the $name deck', ({ deck, article, slides, shape }) => {
    if (journeys) {
      it.skipIf(!!missing)('shows every slide at its address: no error, nothing spilling, no text under 14 px, every diagram, chart and timeline drawn', async () => {
        await page.setViewport(SLIDE_VIEWPORT)
        const problems: string[] = []
        for (const [i, slide] of slides.entries()) {
          const no = i + 1
          const shown = await openSlide(page, urlOf(deck.id), no)
          if (shown.length) {
            problems.push(...shown)
            continue
          }
          const audit = await page.evaluate(auditSlide, { no, minPx: SLIDE_MIN_PX, slack: engine.overflowSlack })
          const found = [...audit.outside, ...audit.overlap, ...audit.overflow, ...audit.tiny, ...await page.takeErrors()]
          problems.push(...found.map(p => `slide ${no}: ${p}`), ...await figureFailures(page, no, figuresOn(article, slide).length))
        }
        expect(problems).toEqual([])
      }, 300_000)

      it.skipIf(!!missing)('is presented with the arrow key from the first slide to the last, every slide reached, every figure drawn', async () => {
        await page.setViewport(SLIDE_VIEWPORT)
        await page.goto(`${urlOf(deck.id)}1`)
        const mounted = await waitForDeck(page, shape)
        const figures = (at: Place) => {
          const expected = figuresOn(article, slides[at.no - 1]).length
          return expected ? figureFailures(page, at.no, expected) : Promise.resolve([])
        }
        const { visited, failures } = mounted.length ? { visited: [], failures: mounted } : await walkForward(page, shape, figures)
        expect([...failures, ...unreached(visited, slides.length), ...await page.takeErrors()]).toEqual([])
      }, 300_000)
    }

    it.skipIf(!!missing)('reads on a phone 360 and 390 px wide: no sideways scroll, no list item or word split over a column gap, text at 16 px or more', async () => {
      const problems: string[] = []
      for (const phone of PHONES) {
        await page.setViewport(phone)
        await page.goto(`${urlOf(deck.id)}read/`)
        await page.evaluate(() => document.fonts.ready.then(() => true), undefined)
        const audit = await page.evaluate(readingAudit, { minPx: READING_MIN_PX })
        const sections = audit.sections === slides.length ? [] : [`${audit.sections} sections for ${slides.length} slides`]
        const found = [
          ...sections,
          ...audit.sideways,
          ...audit.splitItems.map(t => `list item split over two columns: ${t}`),
          ...audit.splitWords.map(t => `word broken: ${t}`),
          ...audit.tiny.map(t => `text under ${READING_MIN_PX} px: ${t}`),
          ...await page.takeErrors(),
        ]
        problems.push(...found.map(p => `${phone.width} px: ${p}`))
      }
      expect(problems).toEqual([])
    }, 120_000)
  })
})
