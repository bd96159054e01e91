import type { ContextEvent } from '../../data/schema'
import { describe, expect, it } from 'vitest'
import { textWidth } from '../../charts/text-metrics'
import { timeline } from '../../charts/timeline'
import { epiloguePages, eventMark, timelinePageCount } from '../../data'
import { monthIndex } from '../../data/format'
import { byMonthPages } from '../../data/pages'
import { crowded as article } from '../fixture-variants'
import { expectTrueToAxis, monthBand } from './timeline-truth'

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
    // The pages share their months' axis: split after January, each holds two cards' height; after February the first would hold three.
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
      // Later events sit lower on their time line, their dots apart, and no dot leaves the plot.
      for (const track of tracks) {
        const ys = t.cards.filter(c => c.track === track).map(c => c.dotY)
        ys.slice(1).forEach((y, i) => expect(y - ys[i]).toBeGreaterThanOrEqual(19))
        for (const y of ys) {
          expect(y).toBeGreaterThanOrEqual(t.plot.top)
          expect(y).toBeLessThanOrEqual(t.plot.bottom)
        }
      }
    })
  })

  it('puts every dot and the first line of its card inside its own month\'s band, in every column', () => {
    drawn.forEach((t, page) => expectTrueToAxis(t, pages[page], article.meta.recordThrough))
  })

  it('gives every month on the axis room for its name, and more to a month busy in any column', () => {
    for (const t of drawn)
      t.months.slice(1).forEach((m, i) => expect(m.y - t.months[i].y).toBeGreaterThanOrEqual(22 - 0.1))
    const first = monthIndex(pages[0][0].date)
    const height = (month: string) => {
      const band = monthBand(drawn[0], first, monthIndex(month))
      return band.bottom - band.top
    }
    // May 2026 holds six events, three of them in one column; April two, one in each.
    expect(height('2026-05')).toBeGreaterThan(height('2026-04') + 50)
    // A month crowded in one column only grows all the same, so the other column's dots keep their months.
    const lopsided = timeline([event('a', '2026-01-05', 'council'), event('b', '2026-01-12', 'council'), event('c', '2026-01-20', 'council'), event('d', '2026-02-03', 'works')], options)
    expect(lopsided.months[1].y - lopsided.months[0].y).toBeGreaterThanOrEqual(3 * 19 + 3 * 7)
    expectTrueToAxis(lopsided, [event('a', '2026-01-05', 'council'), event('b', '2026-01-12', 'council'), event('c', '2026-01-20', 'council'), event('d', '2026-02-03', 'works')], options.recordThrough)
  })

  it('names months on the axis from the data, with the year at the start and in January', () => {
    expect(drawn.map(t => t.months.map(m => m.label))).toEqual([['Apr 2026', 'May'], ['Nov 2026', 'Dec']])
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

  it('draws where the record ends as one line at its date, on the page whose months hold it', () => {
    const [first, last] = drawn
    expect(first.recordEnd?.label).toBe('the record ends (28 May 2026)')
    // In May's band, under every card of May (expectTrueToAxis), near the foot of the month.
    const may = monthBand(first, monthIndex(pages[0][0].date), monthIndex('2026-05'))
    expect(first.recordEnd!.y).toBeGreaterThan(may.top + 0.85 * (may.bottom - may.top))
    expect(last.recordEnd).toBeUndefined()
  })

  it('puts an event the record saw, dated by its month alone, above the record\'s end, and one scheduled later that month below it', () => {
    // The record ends early in the month; mid-month would put the event after it.
    const events = [event('seen', '2026-07', 'council'), event('due', '2026-07-24', 'works', { status: 'scheduled' })]
    const t = timeline(events, { tracks: article.deck.tracks, recordThrough: '2026-07-05' })
    expect(t.months).toHaveLength(1)
    expectTrueToAxis(t, events, '2026-07-05')
    expect(t.cards.find(c => c.id === 'seen')!.bottom).toBeLessThanOrEqual(t.recordEnd!.y)
    expect(t.cards.find(c => c.id === 'due')!.top).toBeGreaterThanOrEqual(t.recordEnd!.y)
  })

  it('lets a long card run on into the next month, but never across the record\'s end', () => {
    const long = 'A label long enough to wrap over three lines of its narrow column'
    const events = [event('late', '2026-06-29', 'council', { label: long }), event('after', '2026-07-02', 'works', { status: 'planned' })]
    const t = timeline(events, { tracks: article.deck.tracks, recordThrough: '2026-06-30' })
    expectTrueToAxis(t, events, '2026-06-30')
  })

  it('draws no month\'s rule across a card that runs on into the next month, and every other rule in full', () => {
    const long = 'A label long enough to wrap over three lines of its narrow column'
    const events = [event('late', '2026-01-30', 'works', { label: long }), event('next', '2026-02-02', 'council'), event('later', '2026-03-10', 'works')]
    const t = timeline(events, options)
    const february = t.months.find(m => m.label === 'Feb')!
    expect(february.crossed).toEqual(['works'])
    for (const m of t.months) {
      for (const c of t.cards.filter(c => !m.crossed.includes(c.track)))
        expect(c.top >= m.y || c.bottom <= m.y, `${c.id} across ${m.label}`).toBe(true)
    }
  })

  it('refuses a page that cannot hold its events on one axis, naming its months and the cure', () => {
    const full = Array.from({ length: 16 }, (_, i) => event(`e${i}`, `2025-01-${String(i + 1).padStart(2, '0')}`, 'council', { label: 'A label long enough to wrap over two lines of its column' }))
    expect(() => timeline(full, options)).toThrow(/events in Jan 2025 need \d+ px of the 317 px a slide has for them: spread the timeline over more slides \(deck.timelinePages\)/)
    const twoMonths = full.map((e, i) => ({ ...e, date: `2025-0${i < 8 ? 1 : 2}-${String(i % 8 + 1).padStart(2, '0')}` }))
    expect(() => timeline(twoMonths, options)).toThrow(/events from Jan 2025 to Feb 2025 need \d+ px/)
  })
})
