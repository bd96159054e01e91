import type { Series, SeriesPoint } from '../data/schema'
import type { StepChart, StepChartOptions, Tick } from './step-chart'
import { monthIndex } from '../data/format'
import { periodOf } from '../data/period'
import { round } from './geometry'
import { monthTick, monthTicks } from './months'
import { pointValue } from './series-chart'
import { ASCENT, FONT_SIZE, GAP, textHeight } from './step-chart-text'
import { textWidth } from './text-metrics'

// The step chart's axes: the months it shows, where a day and a value fall on the plot, and
// the ticks that name them.

/** Where things fall on the chart: the line, the marks, the ticks and the labels are placed by it. */
export interface Frame {
  plot: StepChart['plot']
  /** The first and last month shown, as month indexes. */
  from: number
  to: number
  /** The day after the window ends. */
  last: number
  /** Pixels per day along the time axis. */
  perDay: number
  unit: string
  /** The values the value axis names: zero and every rate in force. */
  values: number[]
  xOf: (iso: string) => number
  yOf: (value: number) => number
  inWindow: (iso: string) => boolean
}

// Whole days since 1970 in UTC, so no local time zone moves a date; a month-only date
// (YYYY-MM) counts as its 15th, where SeriesChart puts it too.
export const dayOf = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10) || 15)) / 86_400_000
const monthStart = (index: number) => `${Math.floor(index / 12)}-${String(index % 12 + 1).padStart(2, '0')}-01`
export const isInForce = (p: SeriesPoint) => (p.status ?? 'reported') === 'reported'
/** A figure's value, or the middle of its range. */
export const middle = (p: SeriesPoint) => p.value ?? (p.low! + p.high!) / 2
const valueText = (value: number, unit: string) => pointValue({ value, unit })

/** The months shown, by default from the first figure's to that of the latest figure or event. */
function monthsShown(series: Readonly<Series>, options: StepChartOptions): { from: number, to: number } {
  const { events = [] } = options
  const starts = series.points.map(p => periodOf(p.period).start)
  const latest = [...starts, ...events.map(e => e.date)].sort().at(-1)!
  const from = monthIndex(options.from ?? starts[0])
  const to = monthIndex(options.to ?? latest)
  if (!(to >= from))
    throw new Error(`Chart "${series.id}": "to" (${options.to}) must not come before "from" (${options.from})`)
  return { from, to }
}

/**
 * The window, by day; the value axis from zero to the highest figure, ticked at every rate in
 * force. The plot leaves room for the widest value's name on its left, a line of label above
 * and the months' names below.
 */
export function stepChartFrame(series: Readonly<Series>, options: StepChartOptions, width: number, height: number): Frame {
  const { from, to } = monthsShown(series, options)
  const unit = series.points[0].unit
  const [first, last] = [dayOf(monthStart(from)), dayOf(monthStart(to + 1))]
  const values = [...new Set([0, ...series.points.filter(isInForce).map(middle)])].sort((a, b) => a - b)
  const left = Math.ceil(Math.max(...values.map(v => textWidth(valueText(v, unit), FONT_SIZE, 400)))) + 10
  const plot = { left, top: round(textHeight(1) + GAP + 2), right: width - 4, bottom: round(height - textHeight(1) - 10) }
  const perDay = (plot.right - plot.left) / (last - first)
  const yTop = Math.max(...series.points.map(p => p.value ?? p.high!))
  return {
    plot,
    from,
    to,
    last,
    perDay,
    unit,
    values,
    xOf: iso => round(plot.left + (dayOf(iso) - first) * perDay),
    yOf: value => round(plot.bottom - (value / yTop) * (plot.bottom - plot.top)),
    inWindow: iso => dayOf(iso) >= first && dayOf(iso) < last,
  }
}

/** A tick at every value the axis names, right-aligned left of the plot. */
export function valueTicks({ plot, values, unit, yOf }: Frame): Tick[] {
  return values.map((v) => {
    const [label, y] = [valueText(v, unit), yOf(v)]
    const x = plot.left - 8
    // Baseline a third of an em below the tick: the figures' middle on the grid line.
    const baseline = round(y + 0.33 * FONT_SIZE)
    const top = round(baseline - ASCENT * FONT_SIZE)
    return { label, position: y, x, y: baseline, box: { x1: round(x - textWidth(label, FONT_SIZE, 400)), y1: top, x2: x, y2: round(top + textHeight(1)) } }
  })
}

/** Months as often as their names fit, the year at January and at the start, each name after the line where its month begins. */
export function monthAxisTicks({ from, to, perDay, plot, xOf }: Frame, width: number): Tick[] {
  const months = Array.from({ length: to - from + 1 }, (_, i) => from + i)
  const labelRoom = Math.max(...months.map(m => textWidth(monthTick(m, m), FONT_SIZE, 400))) + 16
  const every = [1, 2, 3, 6, 12].find(k => 28 * k * perDay >= labelRoom) ?? 12
  const named = months.filter(m => m % every === 0)
  return monthTicks(named).map((label, i) => {
    const x = xOf(monthStart(named[i]))
    const [start, y1] = [round(x + 3), plot.bottom + 6]
    return { label, position: x, x: start, y: round(y1 + ASCENT * FONT_SIZE), box: { x1: start, y1, x2: round(start + textWidth(label, FONT_SIZE, 400)), y2: round(y1 + textHeight(1)) } }
    // A month begun too near the right edge for its name goes unnamed rather than spill off the chart.
  }).filter(t => t.box.x2 <= width)
}
