import type { Timeline } from '../../charts/timeline'
import type { ContextEvent } from '../../data/schema'
import { expect } from 'vitest'
import { monthIndex } from '../../data/format'

// What makes a timeline true to its axis, checked the same way on the fixture's pages and
// on every real deck's: a reader takes a dot beside a dated axis for its date.

const LINE = 19

/** The top and foot of the band of month `index` on the drawn axis. */
export function monthBand(t: Timeline, first: number, index: number): { top: number, bottom: number } {
  const i = index - first
  return { top: t.months[i].y, bottom: t.months[i + 1]?.y ?? t.plot.bottom }
}

/**
 * Every event's dot and the first line of its card lie inside the band of its own month, and
 * the record's end is one line, inside its month's band, with every card the record saw above
 * it and every later one below.
 */
export function expectTrueToAxis(t: Timeline, events: readonly ContextEvent[], recordThrough: string): void {
  const first = monthIndex(events[0].date)
  for (const e of events) {
    const card = t.cards.find(c => c.id === e.id)!
    const band = monthBand(t, first, monthIndex(e.date))
    expect(card.top, `${e.id}: first line below the top of its month`).toBeGreaterThanOrEqual(band.top)
    expect(card.top + LINE, `${e.id}: first line above the foot of its month`).toBeLessThanOrEqual(band.bottom)
    expect(card.dotY, `${e.id}: dot inside its month`).toBeGreaterThan(band.top)
    expect(card.dotY, `${e.id}: dot inside its month`).toBeLessThan(band.bottom)
  }
  if (!t.recordEnd)
    return
  const end = monthBand(t, first, monthIndex(recordThrough))
  expect(t.recordEnd.y).toBeGreaterThan(end.top)
  expect(t.recordEnd.y).toBeLessThanOrEqual(end.bottom)
  for (const e of events) {
    const card = t.cards.find(c => c.id === e.id)!
    if (!e.status)
      expect(card.bottom, `${e.id}: the record saw it`).toBeLessThanOrEqual(t.recordEnd.y)
    if (e.date.slice(0, 10) > recordThrough)
      expect(card.top, `${e.id}: after the record's end`).toBeGreaterThanOrEqual(t.recordEnd.y)
  }
}
