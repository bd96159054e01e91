import type { ContextEvent, Track } from '../data/schema'
import type { EventMark } from '../data/standing'
import { formatDate } from '../data/format'
import { eventMark, eventMarkWords } from '../data/standing'
import { round } from './geometry'
import { monthIndex, monthPosition, monthTick } from './months'
import { textWidth, wrapText } from './text-metrics'

// What happened after publication as plain geometry a component draws as SVG: time runs
// down a dated axis, one column per track, each event a card of wrapped text tied to its
// date by a short leader. Nothing joins one event to the next: order in time is not cause.

export interface TimelineCard {
  id: string
  track: string
  mark: EventMark
  /** The date as the card prints it (the axis gives the year), and where that date falls on the axis. */
  date: string
  dateY: number
  /** The words for `mark`, printed after the date; empty for a firm event. */
  markWords: string
  /** Where the event's dot sits on its column's spine: level with the card's first line, so it is read with its own event. */
  dotX: number
  dotY: number
  /** What the first line starts with, in bold: the date, and the mark's words. */
  head: string
  x: number
  /** Top of the card, its text lines and their baselines; the first line follows `head`. */
  top: number
  bottom: number
  lines: { text: string, y: number }[]
}

export interface Timeline {
  width: number
  height: number
  fontSize: number
  axisX: number
  plot: { top: number, bottom: number }
  columns: { track: string, name: string, x: number, width: number, spineX: number }[]
  months: { y: number, label: string }[]
  /**
   * Where the record stops, if that falls on this page: later cards are planned or scheduled.
   * `y` is its date on the month axis; on each column's time line it runs between the last
   * card the record saw and the first it did not, since crowded cards sit off their dates.
   */
  recordEnd?: { y: number, label: string, columns: { track: string, y: number }[] }
  cards: TimelineCard[]
}

export interface TimelineOptions {
  /** The deck's tracks (deck.tracks): the columns, left to right, and their headings. */
  tracks: readonly Track[]
  /** The last day the record saw happen (meta.recordThrough). */
  recordThrough: string
  width?: number
  height?: number
}

const FONT = 16
/**
 * The width a figure gets between the slide's side margins. Drawn at that width, the
 * figure's text is the size it is set in, not scaled down, and 16 px still prints at 8 pt
 * on the student handout.
 */
const SLIDE_CONTENT_WIDTH = 868
const LINE = 19
const GAP = 7
const HEADER = 30
const AXIS = 80
const DOT = 10
const TEXT_INSET = 26
const DOT_GAP = 12
const HEADER_FONT = 17
const MIN_COLUMN = 170
const MIN_BAND = 22

/** '2026-02-07' → '7 Feb'; a month-only date keeps its year: 'Dec 2025'. */
const shortDate = (iso: string) => iso.length > 7 ? formatDate(iso).replace(/ \d{4}$/, '') : formatDate(iso)

/**
 * A busy track gets a wider column, so its cards wrap to fewer lines and stay nearer their
 * dates; every column keeps room for its name and a readable card.
 */
function columnWidths(tracks: readonly Track[], events: readonly ContextEvent[], total: number): number[] {
  const least = tracks.map(t => Math.max(MIN_COLUMN, textWidth(t.heading, HEADER_FONT, 700) + 16))
  const weight = tracks.map(t => events.filter(e => e.track === t.id).length + 2)
  const share = (i: number, room: number, of: number[]) => room * weight[i] / of.reduce((sum, j) => sum + weight[j], 0)
  const all = tracks.map((_, i) => i)
  const narrow = all.filter(i => share(i, total, all) < least[i])
  const rest = all.filter(i => !narrow.includes(i))
  const room = total - narrow.reduce((sum, i) => sum + least[i], 0)
  return all.map(i => narrow.includes(i) ? least[i] : share(i, room, rest))
}

type Column = Timeline['columns'][number]
type Plot = Timeline['plot']
/** What a card says, worked out once: its column's width decides where its label wraps. */
interface CardText { mark: EventMark, markWords: string, date: string, head: string, wrapped: string[] }
/** A card while its column is laid out: its text not yet set in lines, its place still moving. */
type Draft = Omit<TimelineCard, 'lines' | 'dotY'> & { wrapped: string[] }
/** What each column's cards are placed against: the plot, the month axis, and the record's end. */
interface Axis { plot: Plot, yOf: (month: number) => number, recordThrough: string }

/** A column per track, left to right after the month axis, each as wide as its share. */
function columnsOf(tracks: readonly Track[], events: readonly ContextEvent[], width: number): Column[] {
  const widths = columnWidths(tracks, events, width - AXIS)
  return tracks.map((track, i) => {
    const x = round(AXIS + widths.slice(0, i).reduce((a, b) => a + b, 0))
    return { track: track.id, name: track.heading, x, width: round(widths[i]), spineX: x + DOT }
  })
}

/** Each event's card text by its id, its label wrapped after the bold head on the first line. */
function cardTexts(events: readonly ContextEvent[], columns: readonly Column[]): Map<string, CardText> {
  return new Map(events.map((e) => {
    const column = columns.find(c => c.track === e.track)!
    const markWords = eventMarkWords(e) ?? ''
    const date = shortDate(e.date)
    const head = `${date}${markWords ? ` (${markWords})` : ''}:`
    return [e.id, { mark: eventMark(e), markWords, date, head, wrapped: wrapText(e.label, column.width - TEXT_INSET - 8, FONT, 400, textWidth(`${head} `, FONT, 700)) }]
  }))
}

/**
 * Where a month index (fractional within its month) falls on the axis. A month's band is as
 * tall as its busiest column's cards need: a crowded February gets room, a quiet November
 * little, and each card can sit beside its own month. Every band keeps MIN_BAND, room for its
 * month's name; what the cards need beyond that is shared out over the rest of the plot.
 */
function monthScale(months: readonly number[], columns: readonly Column[], events: readonly ContextEvent[], texts: Map<string, CardText>, plot: Plot): (month: number) => number {
  const need = months.map(m => Math.max(MIN_BAND, ...columns.map(c => events
    .filter(e => e.track === c.track && monthIndex(e.date) === m)
    .reduce((sum, e) => sum + texts.get(e.id)!.wrapped.length * LINE + GAP, 0))))
  const extra = need.map(n => n - MIN_BAND)
  const stretch = (plot.bottom - plot.top - months.length * MIN_BAND) / (extra.reduce((a, b) => a + b, 0) || 1)
  const band = extra.map(x => MIN_BAND + x * stretch)
  const bandTop = months.map((_, i) => plot.top + band.slice(0, i).reduce((a, b) => a + b, 0))
  return (t) => {
    const i = Math.min(Math.floor(t) - months[0], months.length - 1)
    return round(bandTop[i] + (t - Math.floor(t)) * band[i])
  }
}

/** A card at its event's date: a month-only date sits mid-month, but an event the record saw cannot come after the record ends. */
function draft(e: ContextEvent, column: Column, { mark, markWords, date, head, wrapped }: CardText, { yOf, recordThrough }: Axis): Draft {
  const dateY = yOf(e.status ? monthPosition(e.date) : Math.min(monthPosition(e.date), monthPosition(recordThrough)))
  return { id: e.id, track: e.track, mark, date, dateY, markWords, head, dotX: column.spineX, x: column.x + TEXT_INSET, wrapped, top: 0, bottom: 0 }
}

/**
 * Dots a few days apart would cover each other: each sits at least DOT_GAP below the one
 * before, and the last no lower than the plot.
 */
function spaceDots(cards: Draft[], plot: Plot): void {
  cards.forEach((card, i) => {
    card.dateY = Math.max(card.dateY, i > 0 ? cards[i - 1].dateY + DOT_GAP : -Infinity)
  })
  for (let i = cards.length - 1; i >= 0; i--)
    cards[i].dateY = round(Math.min(cards[i].dateY, i === cards.length - 1 ? plot.bottom - DOT_GAP / 2 : cards[i + 1].dateY - DOT_GAP))
}

/**
 * Each card starts level with its dot, or below the card before it; if the column then runs
 * past the plot, cards are pushed back up from the bottom.
 */
function stackCards(cards: Draft[], plot: Plot): void {
  cards.forEach((card, i) => {
    card.top = Math.max(card.dateY - LINE / 2 - 2, i > 0 ? cards[i - 1].bottom + GAP : plot.top - LINE / 2)
    card.bottom = card.top + card.wrapped.length * LINE
  })
  for (let i = cards.length - 1; i >= 0; i--) {
    const limit = i === cards.length - 1 ? plot.bottom : cards[i + 1].top - GAP
    if (cards[i].bottom > limit) {
      cards[i].bottom = limit
      cards[i].top = limit - cards[i].wrapped.length * LINE
    }
  }
}

/** A column's cards, each beside its date as far as the cards before it allow. */
function columnCards(column: Column, events: readonly ContextEvent[], texts: Map<string, CardText>, axis: Axis): TimelineCard[] {
  const { plot } = axis
  const cards = events.filter(e => e.track === column.track).map(e => draft(e, column, texts.get(e.id)!, axis))
  spaceDots(cards, plot)
  stackCards(cards, plot)
  if (cards.length && cards[0].top < plot.top - LINE / 2)
    throw new Error(`The timeline column "${column.name}" holds more events than fit one slide (${cards.map(c => c.id).join(', ')}); split the timeline into more pages`)
  return cards.map(({ wrapped, ...card }) => ({
    ...card,
    top: round(card.top),
    bottom: round(card.bottom),
    lines: wrapped.map((text, i) => ({ text, y: round(card.top + (i + 1) * LINE - 5) })),
    dotY: round(card.top + LINE - 10),
  }))
}

/**
 * Where the record ends on a column's time line: between the last card the record saw and the
 * first it did not, since crowded cards sit off their dates; at its date on the axis where
 * that leaves room.
 */
function recordEndIn(track: string, cards: readonly TimelineCard[], dateOf: Map<string, string>, endY: number, { plot, recordThrough }: Axis): number {
  const own = cards.filter(c => c.track === track)
  const seen = own.filter(c => dateOf.get(c.id)! <= recordThrough)
  const next = own.find(c => dateOf.get(c.id)! > recordThrough)
  const below = seen.length ? seen.at(-1)!.bottom + GAP / 2 : -Infinity
  const y = next ? (seen.length ? (below + next.top - GAP / 2) / 2 : Math.min(endY, next.top - GAP / 2)) : Math.max(endY, below)
  return round(Math.min(y, plot.bottom))
}

/** Where the record ends, if that falls in the months shown and some card comes after it. */
function recordEndOf(events: readonly ContextEvent[], cards: readonly TimelineCard[], columns: readonly Column[], months: readonly number[], axis: Axis): Timeline['recordEnd'] {
  const { recordThrough } = axis
  const end = monthIndex(recordThrough)
  if (!(end <= months.at(-1)! && end >= months[0] && events.some(e => e.status)))
    return undefined
  const endY = axis.yOf(monthPosition(recordThrough))
  const dateOf = new Map(events.map(e => [e.id, e.date]))
  return { y: endY, label: `the record ends (${formatDate(recordThrough)})`, columns: columns.map(c => ({ track: c.track, y: recordEndIn(c.track, cards, dateOf, endY, axis) })) }
}

export function timeline(events: readonly ContextEvent[], { tracks, recordThrough, width = SLIDE_CONTENT_WIDTH, height = 365 }: TimelineOptions): Timeline {
  if (!events.length)
    throw new Error('A timeline needs at least one event')
  const first = monthIndex(events[0].date)
  const last = Math.max(...events.map(e => monthIndex(e.date)))
  const months = Array.from({ length: last + 1 - first }, (_, i) => first + i)
  const plot = { top: HEADER + 14, bottom: height - 4 }
  const columns = columnsOf(tracks, events, width)
  const texts = cardTexts(events, columns)
  const axis = { plot, yOf: monthScale(months, columns, events, texts, plot), recordThrough }
  const cards = columns.flatMap(column => columnCards(column, events, texts, axis))
  const end = recordEndOf(events, cards, columns, months, axis)
  return {
    width,
    height,
    fontSize: FONT,
    axisX: AXIS,
    plot,
    columns,
    months: months.map(index => ({
      y: axis.yOf(index),
      label: monthTick(index, first),
    })),
    ...(end ? { recordEnd: end } : {}),
    cards,
  }
}
