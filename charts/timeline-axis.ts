import { round } from './geometry'

// The timeline's one time axis, shared by every column, and where each column's cards go on
// it. Each month is a band; where the record ends inside a month, that month is two bands,
// one each side of the end. A band grows until every column's cards of its dates have their
// dot and first line inside it, so it grows in every column at once; a card's later lines may
// run on into the next band, but never across the record's end. The room left over is shared
// out by time, keeping the axis as near an even calendar as the cards allow.

/**
 * A stretch of the axis: `start` and `end` in fractional month indexes, `top` and `height` in
 * px; `closed` where no card may run on past its foot (the record's end, the plot's foot).
 */
export interface Band { month: number, start: number, end: number, closed: boolean, top: number, height: number }

/** A card as the axis sees it: where its date falls (a fractional month index) and how tall it is. */
export interface Slot { position: number, height: number }

export interface Spacing {
  /** The height of a card's first line, which stays inside its date's band with its dot. */
  line: number
  /** Between one card and the next, and half of it between a card and a band's edge. */
  gap: number
  /** How far below a card's top its dot sits. */
  dotDrop: number
  /** Each month's first band keeps room for the month's name. */
  minBand: number
}

export interface TimeAxis {
  bands: Band[]
  bandOf: (position: number) => Band
  /** Where a fractional month index falls: inside its band, in proportion to the time it covers. */
  yOf: (position: number) => number
  /** The y where the record ends, if the axis was split there: the top of the band after it. */
  splitY?: number
}

export interface AxisNeeds {
  /** The months shown, in order. */
  months: readonly number[]
  /** A fractional month index where the axis is split into two bands (the end of the record's last day). */
  split?: number
  /** Each column's cards in date order. */
  columns: readonly (readonly Slot[])[]
  plot: { top: number, bottom: number }
  /** How a month index is named in an error. */
  monthName: (month: number) => string
}

type Span = Omit<Band, 'top' | 'height'>

/** [start, end) of each band: a band per month, two for the month the split falls inside. */
function spans(months: readonly number[], split?: number): Span[] {
  const parts = months.flatMap(m => split !== undefined && split > m && split < m + 1
    ? [{ month: m, start: m, end: split }, { month: m, start: split, end: m + 1 }]
    : [{ month: m, start: m, end: m + 1 }])
  return parts.map((p, i) => ({ ...p, closed: i === parts.length - 1 || p.end === split }))
}

/** Which band a fractional month index falls in: the last takes what runs past its end. */
function indexOf(parts: readonly Span[], position: number): number {
  const i = parts.findIndex(p => position < p.end)
  return i < 0 ? parts.length - 1 : i
}

/**
 * The least height of each band, top down: each column's cards stacked from where its last
 * card left off, the band grown until the first line of each of its cards is inside it.
 */
function leastHeights(parts: readonly Span[], { columns, plot }: AxisNeeds, { line, gap, minBand }: Spacing): number[] {
  const next = columns.map(() => plot.top)
  let top = plot.top
  return parts.map((part, b) => {
    let bottom = top + (b === 0 || parts[b - 1].month !== part.month ? minBand : 0)
    columns.forEach((slots, c) => {
      let y = Math.max(top + gap / 2, next[c])
      for (const slot of slots.filter(s => indexOf(parts, s.position) === b)) {
        bottom = Math.max(bottom, y + line + gap / 2)
        y += slot.height + gap
      }
      next[c] = y
    })
    if (part.closed)
      bottom = Math.max(bottom, ...next.map(y => y - gap / 2))
    const height = bottom - top
    top = bottom
    return height
  })
}

export function timeAxis(needs: AxisNeeds, spacing: Spacing): TimeAxis {
  const { months, split, plot, monthName } = needs
  const parts = spans(months, split)
  const least = leastHeights(parts, needs, spacing)
  const needed = least.reduce((a, b) => a + b, 0)
  const room = plot.bottom - plot.top
  if (needed > room)
    throw new Error(`The timeline's events ${months.length > 1 ? `from ${monthName(months[0])} to ${monthName(months.at(-1)!)}` : `in ${monthName(months[0])}`} need ${Math.ceil(needed)} px of the ${room} px a slide has for them: spread the timeline over more slides (deck.timelinePages) or shorten their labels`)
  const spare = (room - needed) / months.length
  let top = plot.top
  const bands = parts.map((p, i) => {
    const band = { ...p, top, height: least[i] + spare * (p.end - p.start) }
    top += band.height
    return band
  })
  const bandOf = (position: number) => bands[indexOf(bands, position)]
  const yOf = (position: number) => {
    const b = bandOf(position)
    return round(b.top + (Math.min(Math.max(position, b.start), b.end) - b.start) / (b.end - b.start) * b.height)
  }
  const after = bands.find(b => b.start === split)
  return { bands, bandOf, yOf, ...(after ? { splitY: round(after.top) } : {}) }
}

/**
 * The tops of a column's cards: each level with its date as far as the cards before it allow,
 * then pulled back up where it would leave its band or run past the record's end or the
 * plot's foot. The axis's bands are tall enough for that (leastHeights), so every card ends
 * with its dot and first line inside its own band.
 */
export function placeColumn(slots: readonly Slot[], axis: TimeAxis, { line, gap, dotDrop }: Spacing): number[] {
  const { bands } = axis
  const bandIndex = slots.map(s => bands.indexOf(axis.bandOf(s.position)))
  const foot = (b: number) => {
    const closing = bands.findIndex((band, i) => i >= b && band.closed)
    return bands[closing].top + bands[closing].height - gap / 2
  }
  const tops: number[] = []
  slots.forEach((slot, i) => {
    const band = bands[bandIndex[i]]
    tops.push(Math.max(axis.yOf(slot.position) - dotDrop, band.top + gap / 2, i > 0 ? tops[i - 1] + slots[i - 1].height + gap : -Infinity))
  })
  for (let i = slots.length - 1; i >= 0; i--) {
    const band = bands[bandIndex[i]]
    const below = Math.min(foot(bandIndex[i]), i < slots.length - 1 ? tops[i + 1] - gap : Infinity)
    tops[i] = Math.min(tops[i], band.top + band.height - gap / 2 - line, below - slots[i].height)
  }
  return tops
}
