// Every real deck's slides pass the checks every deck's slides must (tests/deck/deck-checks.ts):
// its main variant's parts, pages, figures, citations and notes, and each variant's minutes.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe } from 'vitest'
import { deckArticle, decksIn } from '../../scripts/lib/decks'
import { structureChecks, variantChecks } from '../deck/deck-checks'
import { MADE_UNCITED } from '../deck/made-decks'

const decks = await Promise.all(decksIn().map(async (place) => {
  const article = await deckArticle(place)
  const main = article.deck.variants[0].id
  // A variant with no list of its own is made from the data, agenda and FAQ included.
  const made = !existsSync(join(place.slides, `${main}.md`))
  return { name: place.id, main, deck: { place, article, uncited: made ? MADE_UNCITED : [] } }
}))

describe.each(decks)('the $name deck', ({ main, deck }) => {
  describe(`its ${main} variant`, () => structureChecks(deck, main))
  describe('its variants', () => variantChecks(deck))
})
