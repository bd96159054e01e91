import type { ContextEvent } from '../../data/schema'
import { describe, expect, it } from 'vitest'
import { textWidth } from '../../charts/text-metrics'
import { timeline } from '../../charts/timeline'
import { epiloguePages, eventMark, timelinePageCount } from '../../data'
import { byMonthPages } from '../../data/pages'
import { crowded as article } from '../fixture-variants'

// The fixture deck's events over two slides, May crowded with them.
const tracks = article.deck.tracks.map(t => t.id)
const options = { tracks: article.deck.tracks, recordThrough: article.meta.recordThrough }
const pages = epiloguePages(article)
const drawn = pages.map(events => timeline(events, options))

function event(id: string, date: string, track: ContextEvent['track'], extra: Partial<ContextEvent> = {}): ContextEvent {
  return { id, date, track, label: `Event ${id}`, text: 'Text.', sources: ['https://example.org'], confidence: 'multi-source', ...extra }
}

describe('the timeline pages', () => {
  it('give every track of the deck a column, in its order, under its heading', () => {
    for (const t of drawn)
      expect(t.columns.map(c => [c.track, c.name])).toEqual(article.deck.tracks.map(k => [k.id, k.heading]))
  })

  it('fit every event, in date order, on the slides the deck gives them, split between months', () => {
    expect(pages.length).toBeLessThanOrEqual(timelinePageCount(article))
    expect(pages.flat()).toEqual(article.context)
    for (let i = 1; i < pages.length; i++)
      expect(pages[i][0].date.slice(0, 7) > pages[i - 1].at(-1)!.date.slice(0, 7)).toBe(true)
  })

  it('split where the busiest track is lightest', () => {
    const events = [event('a', '2025-01-05', 'council'), event('b', '2025-01-20', 'council'), event('c', '2025-02-01', 'council'), event('d', '2025-03-01', 'works')]
    // Splitting after January keeps two council events together; after February would leave three.
    expect(byMonthPages(events, 2).map(p => p.map(e => e.id))).toEqual([['a', 'b'], ['c', 'd']])
  })
})

describe('timeline', () => {
  it('draws one card per event, in its track\'s column, at its date on the axis', () => {
    drawn.forEach((t, page) => {
      expect(t.cards.map(c => c.id).sort()).toEqual(pages[page].map(e => e.id).sort())
      for (const card of t.cards) {
        const column = t.columns.find(c => c.track === card.track)!
        expect(card.x).toBeGreaterThan(column.x)
        expect(card.x).toBeLessThan(column.x + column.width)
        expect(card.dotX).toBe(column.spineX)
      }
      // Later events sit lower on the axis, their dots apart, and no dot leaves the plot.
      for (const track of tracks) {
        const ys = t.cards.filter(c => c.track === track).map(c => c.dateY)
        ys.slice(1).forEach((y, i) => expect(y - ys[i]).toBeGreaterThanOrEqual(12 - 0.1))
        for (const y of ys) {
          expect(y).toBeGreaterThanOrEqual(t.plot.top)
          expect(y).toBeLessThanOrEqual(t.plot.bottom)
        }
      }
    })
  })

  it('gives every month on the axis room for its name, and more to the months with more events', () => {
    for (const t of drawn) {
      t.months.slice(1).forEach((m, i) => expect(m.y - t.months[i].y).toBeGreaterThanOrEqual(22 - 0.1))
    }
    const band = (t: typeof drawn[0], label: string) => {
      const i = t.months.findIndex(m => m.label === label)
      return (t.months[i + 1]?.y ?? t.plot.bottom) - t.months[i].y
    }
    // May 2026 holds six events, August none.
    expect(band(drawn[1], 'May 2026')).toBeGreaterThan(band(drawn[1], 'Aug'))
  })

  it('names months on the axis from the data, with the year at the start and in January', () => {
    expect(drawn.map(t => t.months[0].label)).toEqual(['Apr 2026', 'May 2026'])
    expect(drawn[1].months.map(m => m.label)).toContain('Sep')
    // The fixture's record ends within its year: a page across the new year names it.
    const turn = timeline([event('a', '2026-11-10', 'council'), event('b', '2027-02-03', 'works')], options)
    expect(turn.months.map(m => m.label)).toEqual(['Nov 2026', 'Dec', 'Jan 2027', 'Feb'])
  })

  it('keeps every card inside the drawing, and cards in a column apart', () => {
    for (const t of drawn) {
      for (const card of t.cards) {
        expect(card.top).toBeGreaterThanOrEqual(t.plot.top - 19)
        expect(card.bottom).toBeLessThanOrEqual(t.height)
        for (const [i, line] of card.lines.entries()) {
          const head = i === 0 ? textWidth(`${card.head} `, t.fontSize, 700) : 0
          const column = t.columns.find(c => c.track === card.track)!
          expect(card.x + head + textWidth(line.text, t.fontSize)).toBeLessThanOrEqual(column.x + column.width)
        }
      }
      for (const track of tracks) {
        const column = t.cards.filter(c => c.track === track)
        for (let i = 1; i < column.length; i++)
          expect(column[i].top).toBeGreaterThan(column[i - 1].bottom)
      }
    }
  })

  it('marks contested, single-source, planned and scheduled events in words, and firm ones not at all', () => {
    const cards = drawn.flatMap(t => t.cards)
    const card = (id: string) => cards.find(c => c.id === id)!
    expect(card('cost-dispute')).toMatchObject({ mark: 'contested', markWords: 'contested' })
    expect(card('survey-done')).toMatchObject({ mark: 'single-source', markWords: 'one source' })
    expect(card('opening')).toMatchObject({ mark: 'planned', markWords: 'planned', head: '30 Nov (planned):' })
    expect(card('toll-ends')).toMatchObject({ mark: 'scheduled', markWords: 'scheduled' })
    expect(card('tender-opened')).toMatchObject({ mark: 'firm', markWords: '', head: '2 Apr:' })
    expect(eventMark({ status: 'planned', confidence: 'contested' })).toBe('planned')
  })

  it('draws where the record ends on the page that has planned events after it', () => {
    const last = drawn.at(-1)!
    expect(last.recordEnd?.label).toBe('the record ends (28 May 2026)')
    const planned = last.cards.filter(c => c.mark === 'planned' || c.mark === 'scheduled')
    for (const c of planned)
      expect(c.dateY).toBeGreaterThan(last.recordEnd!.y)
    // On each time line, every card the record saw sits above the mark and every later one below.
    const dateOf = new Map(article.context.map(e => [e.id, e.date]))
    for (const { track, y } of last.recordEnd!.columns) {
      for (const c of last.cards.filter(c => c.track === track)) {
        if (dateOf.get(c.id)! <= article.meta.recordThrough)
          expect(c.bottom, c.id).toBeLessThanOrEqual(y)
        else
          expect(c.top, c.id).toBeGreaterThanOrEqual(y)
      }
    }
    expect(drawn[0].recordEnd).toBeUndefined()
  })

  it('puts an event the record saw, dated by its month alone, no later than the record\'s end', () => {
    // The record ends early in the month; mid-month would put the event after it.
    const events = [event('seen', '2026-07', 'council'), event('due', '2026-07-24', 'works', { status: 'scheduled' })]
    const t = timeline(events, { tracks: article.deck.tracks, recordThrough: '2026-07-05' })
    const seen = t.cards.find(c => c.id === 'seen')!
    expect(seen.dateY).toBeLessThanOrEqual(t.recordEnd!.y)
    expect(t.cards.find(c => c.id === 'due')!.dateY).toBeGreaterThan(t.recordEnd!.y)
  })

  it('refuses a column with more events than fit, naming the column', () => {
    const full = Array.from({ length: 16 }, (_, i) => event(`e${i}`, `2025-01-${String(i + 1).padStart(2, '0')}`, 'council', { label: 'A label long enough to wrap over two lines of its column' }))
    expect(() => timeline(full, options)).toThrow(/timeline column "The council" holds more events than fit/)
  })
})
