import type { ContextEvent, Track } from '../data/schema'
import type { EventMark } from '../data/standing'
import type { Spacing } from './timeline-axis'
import { formatDate, monthIndex } from '../data/format'
import { eventMark, eventMarkWords } from '../data/standing'
import { round } from './geometry'
import { monthPosition, monthTick } from './months'
import { textWidth, wrapText } from './text-metrics'
import { placeColumn, timeAxis } from './timeline-axis'

// What happened after publication as plain geometry a component draws as SVG: time runs
// down a dated axis, one column per track, each event a card of wrapped text tied to its
// date by a short leader. Nothing joins one event to the next: order in time is not cause.

export interface TimelineCard {
  id: string
  track: string
  mark: EventMark
  /** The date as the card prints it (the axis gives the year). */
  date: string
  /** The words for `mark`, printed after the date; empty for a firm event. */
  markWords: string
  /** Where the event's dot sits on its column's spine: level with the card's first line, both inside the band of the event's date. */
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
  /**
   * The top of each month's band on the shared axis (the last band runs to the plot's foot),
   * and the tracks whose column has a card running on across it, where no rule is drawn.
   */
  months: { y: number, label: string, crossed: string[] }[]
  /**
   * Where the record stops, if that falls on this page: one line across every column at the
   * end of its last day. Only planned or scheduled cards come after it.
   */
  recordEnd?: { y: number, label: string }
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
/** How far below a card's top its dot sits: level with the middle of its first line. */
const DOT_DROP = LINE - 10
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
/** What a card says, worked out once: its column's width decides where its label wraps. */
interface CardText { mark: EventMark, markWords: string, date: string, head: string, wrapped: string[] }

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
 * Where an event falls on the axis as a fractional month index: a month-only date mid-month,
 * but an event the record saw no later than the record's last day.
 */
function positionOf(e: ContextEvent, recordThrough: string): number {
  return e.status ? monthPosition(e.date) : Math.min(monthPosition(e.date), monthPosition(recordThrough))
}

/** How the cards keep to the shared axis (charts/timeline-axis.ts). */
const SPACING: Spacing = { line: LINE, gap: GAP, dotDrop: DOT_DROP, minBand: MIN_BAND }

/** The month a fractional month index falls in, by name, as an error names it. */
const monthName = (m: number) => formatDate(`${Math.floor(m / 12)}-${String(m % 12 + 1).padStart(2, '0')}`)

/** A column's cards with their text set in lines and their dots, at the tops the axis gives them. */
function columnCards(column: Column, events: readonly ContextEvent[], texts: Map<string, CardText>, tops: readonly number[]): TimelineCard[] {
  return events.map((e, i) => {
    const { mark, markWords, date, head, wrapped } = texts.get(e.id)!
    const top = tops[i]
    return {
      id: e.id,
      track: e.track,
      mark,
      date,
      markWords,
      head,
      dotX: column.spineX,
      dotY: round(top + DOT_DROP),
      x: column.x + TEXT_INSET,
      top: round(top),
      bottom: round(top + wrapped.length * LINE),
      lines: wrapped.map((text, l) => ({ text, y: round(top + (l + 1) * LINE - 5) })),
    }
  })
}

/**
 * Split the axis at the end of the record's last day when that falls inside the months shown,
 * so the record's end is one line at its date.
 */
function splitAt(months: readonly number[], recordThrough: string): number | undefined {
  const end = monthIndex(recordThrough)
  return end >= months[0] && end <= months.at(-1)! ? monthPosition(recordThrough) + 0.5 / 31 : undefined
}

export function timeline(events: readonly ContextEvent[], { tracks, recordThrough, width = SLIDE_CONTENT_WIDTH, height = 365 }: TimelineOptions): Timeline {
  if (!events.length)
    throw new Error('A timeline needs at least one event')
  const first = monthIndex(events[0].date)
  const months = Array.from({ length: Math.max(...events.map(e => monthIndex(e.date))) + 1 - first }, (_, i) => first + i)
  const plot = { top: HEADER + 14, bottom: height - 4 }
  const columns = columnsOf(tracks, events, width)
  const texts = cardTexts(events, columns)
  const split = splitAt(months, recordThrough)
  const byColumn = columns.map(c => events.filter(e => e.track === c.track))
  const slots = byColumn.map(own => own.map(e => ({ position: positionOf(e, recordThrough), height: texts.get(e.id)!.wrapped.length * LINE })))
  const axis = timeAxis({ months, split, columns: slots, plot, monthName }, SPACING)
  const cards = columns.flatMap((column, c) => columnCards(column, byColumn[c], texts, placeColumn(slots[c], axis, SPACING)))
  return {
    width,
    height,
    fontSize: FONT,
    axisX: AXIS,
    plot,
    columns,
    months: months.map((index) => {
      const y = round(axis.bands.find(b => b.month === index)!.top)
      return { y, label: monthTick(index, first), crossed: tracks.filter(t => cards.some(c => c.track === t.id && c.top < y && c.bottom > y)).map(t => t.id) }
    }),
    ...(axis.splitY !== undefined ? { recordEnd: { y: axis.splitY, label: `the record ends (${formatDate(recordThrough)})` } } : {}),
    cards,
  }
}
