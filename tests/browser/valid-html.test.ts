// Every page a build writes is valid HTML: the W3C's Nu HTML Checker (vnu-jar) finds no
// error on any page of the deck under test's class variant, public and with notes (each
// slide's address, the reading page, the 404 page), nor on the hosted site's landing
// page. The other variants and decks, and the fixture deck, are checked where they are
// built: briefing.test.ts (this deck's briefing) and real-deck-journeys.ts (every other
// deck's variants, the fixture deck). Only CSS the checker does not know yet is let through,
// each property named with the reason (nu-checker.ts). Without Java the checks are
// skipped, saying so; under CI they fail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSlides } from '../../scripts/lib/deck'
import { deckArticle, decksIn } from '../../scripts/lib/decks'
import { landingPageHtml } from '../../scripts/lib/landing-page'
import { DECK, entryOf } from '../deck-under-test'
import { checkerMissing, CI, htmlErrors, htmlErrorsIn, htmlFilesIn } from './nu-checker'
import { builtDeck, SITE_WAIT } from './site'

const missing = checkerMissing()
if (missing && !CI)
  console.warn(`Checks skipped in this file: ${missing}`)
const itChecks = it.skipIf(missing !== undefined && !CI)

describe(`every page of the ${DECK.id} deck's class variant`, () => {
  let plain: Awaited<ReturnType<typeof builtDeck>>
  let notes: Awaited<ReturnType<typeof builtDeck>>
  beforeAll(async () => {
    plain = await builtDeck()
    notes = await builtDeck({ withNotes: true })
  }, SITE_WAIT)
  afterAll(async () => {
    await plain?.close()
    await notes?.close()
  })

  itChecks('passes the Nu HTML Checker with no error, public and with notes: each slide\'s address, the reading page, the 404 page', async () => {
    const count = (await loadSlides(await entryOf('class'))).length
    for (const site of [plain, notes]) {
      const pages = htmlFilesIn(site.dir).map(p => p.slice(site.dir.length + 1))
      expect(pages).toEqual(expect.arrayContaining(['index.html', '404.html', 'read/index.html', `${count}/index.html`]))
    }
    expect(await htmlErrors(plain.dir, notes.dir)).toEqual([])
  }, 120_000)
})

describe('the hosted site\'s landing page', () => {
  itChecks('passes the Nu HTML Checker with no error', async () => {
    const decks = await Promise.all(decksIn().map(async d => ({ id: d.id, article: await deckArticle(d) })))
    expect(await htmlErrorsIn('index.html', landingPageHtml(decks, '/decks/'))).toEqual([])
  }, 60_000)
})
