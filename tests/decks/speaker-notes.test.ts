// A fact is written once, in a deck's data: the speaker notes of every real deck tell the
// presenter what to point at and ask, and leave the figures and dates to the slide, which
// reads them from the data (a note that restates one goes stale when the data changes).
import { describe, expect, it } from 'vitest'
import { loadSlides } from '../../scripts/lib/deck'
import { deckArticle, decksIn, writeEntry } from '../../scripts/lib/decks'

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December'
/** A rate, or a day of a month: figures the data holds. */
const FIGURE = new RegExp(`\\d+(?:\\.\\d+)?\\s?%|\\b\\d{1,2} (?:${MONTHS})\\b|\\b(?:${MONTHS}) \\d{1,2}\\b`, 'g')

const notes = await Promise.all(decksIn().map(async (deck) => {
  const article = await deckArticle(deck)
  const slides = (await Promise.all(article.deck.variants.map(async v => loadSlides(await writeEntry(deck, v.id))))).flat()
  return { deck: deck.id, notes: slides.map(s => s.note ?? '') }
}))

describe.each(notes)('the $deck deck\'s speaker notes', ({ notes }) => {
  it('restate no rate or date: the slide shows it from the data', () => {
    expect(notes.flatMap(n => n.match(FIGURE) ?? [])).toEqual([])
  })

  it('are there to read', () => {
    expect(notes.filter(n => n.trim()).length).toBeGreaterThan(0)
  })
})
