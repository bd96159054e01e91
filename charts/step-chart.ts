import type { ContextEvent, Series, SeriesPoint } from '../data/schema'
import type { Box, Side } from './label-place'
import type { FigureRow } from './series-chart'
import { formatDate } from '../data/format'
import { periodOf } from '../data/period'
import { round } from './geometry'
import { overlaps, Room } from './label-place'
import { monthIndex, monthTick, monthTicks } from './months'
import { chartSources, figureRows, pointValue } from './series-chart'
import { textWidth, wrapText } from './text-metrics'

// A rate that holds until the next one replaces it (a tariff), as a step line on an axis of
// days, laid out as plain geometry a component draws as SVG. Only reported figures make the
// line: a rate agreed, proposed or forecast was not in force, so it is a separate marked
// level that says so in words. Every label is placed here, at the size it is drawn, clear of
// the line and of the other labels. Pure and deterministic.

export interface StepChartOptions {
  /** First month shown (YYYY-MM); by default that of the first figure. */
  from?: string
  /** Last month shown, to its end; by default that of the latest figure or event. */
  to?: string
  /** Dated events marked on the time axis. */
  events?: readonly Pick<ContextEvent, 'id' | 'date' | 'label' | 'status' | 'sources'>[]
  /** The event, one of `events`, where the line stops: the record does not show what came after. */
  until?: string
  /** The last day the record saw (meta.recordThrough): the line stops there at the latest. */
  recordThrough?: string
  width?: number
  height?: number
}

/** A rate in force: a riser from the rate before it, then a run until the next one. */
export interface Step {
  period: string
  x1: number
  x2: number
  y: number
  value: string
  contested: boolean
  d: string
}

/** A figure that was not in force (agreed, proposed…): a level marked beside the line. */
export interface Level {
  period: string
  x: number
  y: number
  value: string
  status: Exclude<NonNullable<SeriesPoint['status']>, 'reported'>
  contested: boolean
}

export interface StepEvent {
  id: string
  x: number
  /** The marker runs from here down to the axis; its label sits on top. */
  top: number
}

export interface ChartLabel {
  /** The step's or level's period, or the event's id. */
  for: string
  kind: 'step' | 'level' | 'event'
  contested: boolean
  anchor: 'start' | 'end'
  x: number
  /** Each line's baseline; `lead`, in bold, comes before `text` (a rate before its date). */
  lines: Line[]
  /** Its extent by the width estimate: what placement kept clear of everything else. */
  box: Box
}

export interface Line { lead: string, text: string, y: number }

/** A tick: `position` on its axis (a y for a value, an x for a month), its label's anchor at (x, y). */
export interface Tick { label: string, position: number, x: number, y: number, box: Box }

export interface StepChart {
  id: string
  title: string
  unit: string
  width: number
  height: number
  fontSize: number
  /** Radius of the mark where a step starts; a level's mark, and how far its dashed stub reaches either side. */
  stepMark: number
  levelMark: number
  levelStub: number
  plot: { left: number, top: number, right: number, bottom: number }
  yTicks: Tick[]
  /** Each value's gridline across the plot, in pieces that stop short of any label it would strike through. */
  gridlines: { y: number, from: number, to: number }[]
  xTicks: Tick[]
  steps: Step[]
  levels: Level[]
  events: StepEvent[]
  /** Where the line stops short of the window's end, if it does. */
  end?: { x: number, y: number }
  labels: ChartLabel[]
  /** Labels that found no free spot and sit over something: none, or the chart needs more room. */
  crowded: string[]
  table: FigureRow[]
  sources: string[]
}

/** Drawn size of every label and tick: legible from the back of a room (the browser floor is 14 px). */
export const FONT_SIZE = 16
// A text's box as the browser measures it: the wider of the deck's two fonts' ascent and
// descent (Source Sans 3: 1.024 and 0.4 em; Arial: 0.905 and 0.212), lines 1.25 em apart.
const ASCENT = 1.03
const DESCENT = 0.41
const LINE = 1.25
// Label to the thing it names: clear of a mark's radius and of the room kept around it.
const GAP = 8
const MARK = 4.5
const LEVEL_MARK = 6
const LEVEL_STUB = 18
const EVENT_WIDTH = 230
/** How a figure's status reads on the chart. */
const STATUS_WORDS: Record<Level['status'], string[]> = {
  agreed: ['agreed'],
  proposed: ['proposed', 'not in force'],
  scheduled: ['scheduled'],
  forecast: ['forecast'],
}

// Whole days since 1970 in UTC, so no local time zone moves a date; a month-only date
// (YYYY-MM) counts as its 15th, where SeriesChart puts it too.
const dayOf = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10) || 15)) / 86_400_000
const monthStart = (index: number) => `${Math.floor(index / 12)}-${String(index % 12 + 1).padStart(2, '0')}-01`
const height = (lines: number) => round(((lines - 1) * LINE + ASCENT + DESCENT) * FONT_SIZE)
type Text = Omit<Line, 'y'>
const plain = (text: string): Text => ({ lead: '', text })
const widest = (lines: readonly Text[]) => Math.max(...lines.map(l => textWidth(l.lead, FONT_SIZE, 700) + textWidth(l.text, FONT_SIZE, 400)))
const isInForce = (p: SeriesPoint) => (p.status ?? 'reported') === 'reported'
/** Forms of one label, widest first, each once (a narrower form has more lines). */
const distinct = (forms: Text[][]) => forms.filter((lines, i) => i === 0 || lines.length !== forms[i - 1].length)
/** A label as given, then with its lines after the first broken into their clauses. */
const byClause = (lines: Text[]) => distinct([lines, lines.flatMap((l, i) => i === 0 ? [l] : l.text.split(/(?<=,) /).map(plain))])
/** A text wrapped ever narrower; `tail` (a date) stays whole on a line of its own. */
function narrowing(text: string, width: number, tail?: string) {
  return distinct([width, width * 0.7, width * 0.5]
    .map(w => [...wrapText(text, w, FONT_SIZE, 400), ...(tail ? [tail] : [])].map(plain)))
}

const GRID_GAP = 4

/** The pieces of a gridline at `y` from `from` to `to` that pass no label's box (kept GRID_GAP clear). */
export function gridlinePieces(y: number, from: number, to: number, boxes: readonly Box[]): { y: number, from: number, to: number }[] {
  const cuts = boxes.filter(b => b.y1 - GRID_GAP < y && y < b.y2 + GRID_GAP)
    .map(b => [b.x1 - GRID_GAP, b.x2 + GRID_GAP] as const)
    .sort((a, b) => a[0] - b[0])
  const pieces: { y: number, from: number, to: number }[] = []
  let x = from
  for (const [a, b] of cuts) {
    if (a > x)
      pieces.push({ y, from: x, to: Math.min(a, to) })
    x = Math.max(x, b)
  }
  if (x < to)
    pieces.push({ y, from: x, to })
  return pieces.filter(p => p.to > p.from)
}

export function stepChart(series: Readonly<Series>, options: StepChartOptions = {}): StepChart {
  const { events = [], until, recordThrough, width = 660, height: chartHeight = 344 } = options
  const starts = series.points.map(p => periodOf(p.period).start)
  const latest = [...starts, ...events.map(e => e.date)].sort().at(-1)!
  const from = monthIndex(options.from ?? starts[0])
  const to = monthIndex(options.to ?? latest)
  if (!(to >= from))
    throw new Error(`Chart "${series.id}": "to" (${options.to}) must not come before "from" (${options.from})`)
  const unit = series.points[0].unit
  const tickText = (v: number) => pointValue({ value: v, unit })

  // The window, by day; the value axis from zero to the highest figure, ticked at every rate in force.
  const [first, last] = [dayOf(monthStart(from)), dayOf(monthStart(to + 1))]
  const inForce = series.points.filter(isInForce)
  const tickValues = [...new Set([0, ...inForce.map(p => p.value ?? (p.low! + p.high!) / 2)])].sort((a, b) => a - b)
  const left = Math.ceil(Math.max(...tickValues.map(v => textWidth(tickText(v), FONT_SIZE, 400)))) + 10
  const plot = { left, top: round(height(1) + GAP + 2), right: width - 4, bottom: round(chartHeight - height(1) - 10) }
  const perDay = (plot.right - plot.left) / (last - first)
  const xOf = (iso: string) => round(plot.left + (dayOf(iso) - first) * perDay)
  const inWindow = (iso: string) => dayOf(iso) >= first && dayOf(iso) < last
  const yTop = Math.max(...series.points.map(p => p.value ?? p.high!))
  const yOf = (v: number) => round(plot.bottom - (v / yTop) * (plot.bottom - plot.top))
  const middle = (p: SeriesPoint) => p.value ?? (p.low! + p.high!) / 2

  const stopEvent = until === undefined ? undefined : events.find(e => e.id === until)
  if (until !== undefined && !stopEvent)
    throw new Error(`Chart "${series.id}": "until" (${until}) must be one of its events`)
  for (const e of events) {
    if (!inWindow(e.date))
      throw new Error(`Chart "${series.id}": event "${e.id}" (${e.date}) falls outside the window`)
  }
  // A rate known in force to the end of the record may have lasted longer, or not: the line
  // stops where the record does, even before a scheduled end.
  const endDate = [stopEvent?.date, recordThrough && inWindow(recordThrough) ? recordThrough : undefined].filter(Boolean).sort()[0]
  const lineEnd = endDate ? xOf(endDate) : plot.right
  const late = endDate && inForce.find(p => dayOf(periodOf(p.period).start) >= dayOf(endDate))
  if (late)
    throw new Error(`Chart "${series.id}": a figure in force (${late.period}) comes after the line's end (${endDate})`)

  // A rate in force before the window starts it at the left edge; one that starts after it is not drawn.
  const shown = inForce.filter(p => dayOf(periodOf(p.period).start) < last)
  const steps: Step[] = shown.map((p, i) => {
    const x1 = Math.max(plot.left, xOf(periodOf(p.period).start))
    const x2 = i + 1 < shown.length ? Math.max(plot.left, xOf(periodOf(shown[i + 1].period).start)) : lineEnd
    const y = yOf(middle(p))
    const before = i > 0 ? yOf(middle(shown[i - 1])) : undefined
    return {
      period: periodOf(p.period).label,
      x1,
      x2,
      y,
      value: pointValue(p),
      contested: p.confidence === 'contested',
      d: before === undefined ? `M${x1} ${y}H${x2}` : `M${x1} ${before}V${y}H${x2}`,
    }
  }).filter(s => s.x2 > s.x1)
  const levels: Level[] = series.points.filter(p => !isInForce(p) && inWindow(periodOf(p.period).start)).map(p => ({
    period: periodOf(p.period).label,
    x: xOf(periodOf(p.period).start),
    y: yOf(middle(p)),
    value: pointValue(p),
    status: p.status as Level['status'],
    contested: p.confidence === 'contested',
  }))

  // Ticks: every rate in force; months as often as their names fit, the year at January and at
  // the start, each name after the line where its month begins.
  const yTicks: Tick[] = tickValues.map((v) => {
    const [label, y] = [tickText(v), yOf(v)]
    const x = plot.left - 8
    // Baseline a third of an em below the tick: the figures' middle on the grid line.
    const baseline = round(y + 0.33 * FONT_SIZE)
    const top = round(baseline - ASCENT * FONT_SIZE)
    return { label, position: y, x, y: baseline, box: { x1: round(x - textWidth(label, FONT_SIZE, 400)), y1: top, x2: x, y2: round(top + height(1)) } }
  })
  const months = Array.from({ length: to - from + 1 }, (_, i) => from + i)
  const labelRoom = Math.max(...months.map(m => textWidth(monthTick(m, m), FONT_SIZE, 400))) + 16
  const every = [1, 2, 3, 6, 12].find(k => 28 * k * perDay >= labelRoom) ?? 12
  const named = months.filter(m => m % every === 0)
  const xTicks: Tick[] = monthTicks(named).map((label, i) => {
    const x = xOf(monthStart(named[i]))
    const [start, y1] = [round(x + 3), plot.bottom + 6]
    return { label, position: x, x: start, y: round(y1 + ASCENT * FONT_SIZE), box: { x1: start, y1, x2: round(start + textWidth(label, FONT_SIZE, 400)), y2: round(y1 + height(1)) } }
    // A month begun too near the right edge for its name goes unnamed rather than spill off the chart.
  }).filter(t => t.box.x2 <= width)

  // What labels must stay clear of: the axis, the line, the marks and the ticks.
  const geometry: Box[] = [
    { x1: plot.left, y1: plot.bottom - 1, x2: plot.right, y2: plot.bottom + 1 },
    ...steps.flatMap((s, i) => [
      { x1: s.x1, y1: s.y - 2, x2: s.x2, y2: s.y + 2 },
      ...(i > 0 ? [{ x1: s.x1 - 2, y1: Math.min(s.y, steps[i - 1].y), x2: s.x1 + 2, y2: Math.max(s.y, steps[i - 1].y) }] : []),
      { x1: s.x1 - MARK, y1: s.y - MARK, x2: s.x1 + MARK, y2: s.y + MARK },
    ]),
    ...levels.map(l => ({ x1: l.x - LEVEL_STUB, y1: l.y - LEVEL_MARK, x2: l.x + LEVEL_STUB, y2: l.y + LEVEL_MARK })),
    ...yTicks.map(t => t.box),
    ...xTicks.map(t => t.box),
  ]
  const room = new Room({ x1: 0, y1: 0, x2: width, y2: chartHeight }, geometry)
  const labels: ChartLabel[] = []
  const label = (kind: ChartLabel['kind'], id: string, contested: boolean, box: Box, side: Side, lines: Text[]): void => {
    const anchor = side === 'left' ? 'end' : 'start'
    labels.push({
      for: id,
      kind,
      contested,
      anchor,
      x: anchor === 'end' ? box.x2 : box.x1,
      lines: lines.map((l, i) => ({ ...l, y: round(box.y1 + (ASCENT + i * LINE) * FONT_SIZE) })),
      box,
    })
  }
  // Where no spot is free, the label still goes where it overlaps least and is named in
  // `crowded`: the tests and the browser suite fail on it, while the deck still builds.
  const crowded: string[] = []
  const squeeze = (kind: ChartLabel['kind'], id: string, contested: boolean, anchor: Box, sides: Side[], lines: Text[]) => {
    const spot = room.squeeze(anchor, sides, round(widest(lines)), height(lines.length), GAP)
    if (!spot)
      throw new Error(`Chart "${series.id}": the label "${lines.map(l => l.lead + l.text).join(' ')}" is larger than the chart`)
    crowded.push(id)
    label(kind, id, contested, spot.box, spot.side, lines)
    return spot.box
  }
  const place = (kind: ChartLabel['kind'], id: string, contested: boolean, anchor: Box, sides: Side[], variants: Text[][]): void => {
    for (const lines of variants) {
      const spot = room.place(anchor, sides, round(widest(lines)), height(lines.length), GAP)
      if (spot)
        return label(kind, id, contested, spot.box, spot.side, lines)
    }
    squeeze(kind, id, contested, anchor, sides, variants.at(-1)!)
  }

  // Events first, as they need the most room: each label as high as it fits, its marker
  // running from there down to the axis, clear of the labels above it.
  const eventLabels: Box[] = []
  const stepEvents: StepEvent[] = events.map((e) => {
    const x = xOf(e.date)
    const forms = narrowing(e.label, EVENT_WIDTH, `${formatDate(e.date)}${e.status ? `, ${e.status}` : ''}`)
    for (const lines of forms) {
      const [w, h] = [round(widest(lines)), height(lines.length)]
      // A marker at least two lines tall, so it reads as a mark on the axis.
      for (let top = h + GAP; top < plot.bottom - 2 * FONT_SIZE; top += 2) {
        const marker = { x1: x - 1.5, y1: top, x2: x + 1.5, y2: plot.bottom }
        if (eventLabels.some(b => overlaps(b, marker, room.margin)))
          continue
        const spot = room.place({ x1: x, y1: top, x2: x, y2: top }, ['above'], w, h, GAP)
        if (spot) {
          eventLabels.push(spot.box)
          label('event', e.id, false, spot.box, spot.side, lines)
          room.take(marker)
          return { id: e.id, x, top: round(top) }
        }
      }
    }
    const lines = forms.at(-1)!
    const highest = height(lines.length) + GAP
    const box = squeeze('event', e.id, false, { x1: x, y1: highest, x2: x, y2: highest }, ['above'], lines)
    const top = box.y2 + GAP
    room.take({ x1: x - 1.5, y1: top, x2: x + 1.5, y2: plot.bottom })
    return { id: e.id, x, top: round(top) }
  })
  for (const s of steps) {
    const lines = [{ lead: s.value, text: ` from ${s.period}` }, ...(s.contested ? [plain('contested')] : [])]
    place('step', s.period, s.contested, { x1: s.x1, y1: s.y, x2: s.x2, y2: s.y }, ['above', 'left', 'below', 'right'], byClause(lines))
  }
  for (const l of levels) {
    const lines = [{ lead: l.value, text: `, ${l.period}` }, plain([...STATUS_WORDS[l.status], ...(l.contested ? ['contested'] : [])].join(', '))]
    place('level', l.period, l.contested, { x1: l.x - LEVEL_STUB, y1: l.y - LEVEL_MARK, x2: l.x + LEVEL_STUB, y2: l.y + LEVEL_MARK }, ['left', 'above', 'below', 'right'], byClause(lines))
  }
  const gridlines = yTicks.filter(t => t.position < plot.bottom).flatMap(t => gridlinePieces(t.position, plot.left, plot.right, labels.map(l => l.box)))
  // Where the line stops, the caption says why: a label there would crowd the last months.
  const stop = endDate && steps.length ? { x: lineEnd, y: steps.at(-1)!.y } : undefined

  return {
    id: series.id,
    title: series.title,
    unit,
    width,
    height: chartHeight,
    fontSize: FONT_SIZE,
    stepMark: MARK,
    levelMark: LEVEL_MARK,
    levelStub: LEVEL_STUB,
    plot,
    yTicks,
    gridlines,
    xTicks,
    steps,
    levels,
    events: stepEvents,
    ...(stop ? { end: stop } : {}),
    labels,
    crowded,
    table: figureRows(series),
    sources: chartSources(series, events),
  }
}
