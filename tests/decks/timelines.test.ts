// Every real deck's "what happened next" pages, drawn as the slides draw them: each fits its
// slide on one shared time axis, every dot and first line in its own month, the record's end
// one line at its date (tests/charts/timeline-truth.ts).
import { describe, expect, it } from 'vitest'
import { timeline } from '../../charts/timeline'
import { epiloguePages } from '../../data/pages'
import { deckArticle, decksIn } from '../../scripts/lib/decks'
import { expectTrueToAxis } from '../charts/timeline-truth'

const decks = await Promise.all(decksIn().map(async place => ({ name: place.id, article: await deckArticle(place) })))

describe.each(decks.filter(d => d.article.context.length))('the $name deck\'s timeline', ({ article }) => {
  const pages = epiloguePages(article)
  const drawn = pages.map(events => timeline(events, { tracks: article.deck.tracks, recordThrough: article.meta.recordThrough }))

  it('shows every event once, over the slides the deck gives it', () => {
    expect(pages.length).toBe(article.deck.timelinePages ?? 1)
    expect(drawn.flatMap(t => t.cards.map(c => c.id)).sort()).toEqual(article.context.map(e => e.id).sort())
  })

  it.each(pages.map((_, i) => i + 1))('keeps every dot on page %i in its own month, and the record\'s end at its date', (page) => {
    expectTrueToAxis(drawn[page - 1], pages[page - 1], article.meta.recordThrough)
  })

  it.runIf(article.context.some(e => e.date > article.meta.recordThrough))('marks where the record ends on one page, as later events are planned or scheduled', () => {
    expect(drawn.filter(t => t.recordEnd)).toHaveLength(1)
  })
})
