import type { ContextEvent, Series, SeriesPoint } from '../data/schema'
import type { Box } from './label-place'
import { formatDate, monthIndex } from '../data/format'
import { periodOf } from '../data/period'
import { round } from './geometry'
import { overlaps } from './label-place'
import { monthPosition, monthTicks } from './months'
import { textWidth } from './text-metrics'

// A series of monthly figures laid out on a time axis, as plain geometry a component draws
// as SVG. Pure and deterministic: the same data gives the same chart and text alternative.

export interface ChartOptions {
  /** First month shown (YYYY-MM); figures before it become a reference line. */
  from: string
  /** Last month shown; by default that of the newest figure, so a new figure is drawn without editing a slide. */
  to?: string
  /** Dated events marked on the time axis. */
  events?: readonly Pick<ContextEvent, 'id' | 'date' | 'label' | 'sources'>[]
  width?: number
  height?: number
}

export interface ChartMark {
  period: string
  x: number
  /** The value, or the middle of a range. */
  y: number
  /** A range's ends, where sources disagree. */
  low?: number
  high?: number
  value: string
  /** The value as drawn above the mark, without the axis's unit, and where it sits. */
  label: { text: string, x: number, y: number, anchor: 'middle' | 'start' | 'end' }
  confidence: SeriesPoint['confidence']
  note?: string
}

/** The size value labels are set in, in px. */
export const VALUE_FONT = 16
const VALUE_GAP = 12

interface Point { x: number, y: number }

/** Does the straight line from `a` to `b` pass through `box`? Checked every 2 px along it. */
function crosses(a: Point, b: Point, box: Box): boolean {
  const steps = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 2)
  return Array.from({ length: steps + 1 }, (_, i) => i / (steps || 1))
    .some(t => overlaps({ x1: a.x + t * (b.x - a.x), y1: a.y + t * (b.y - a.y), x2: a.x + t * (b.x - a.x), y2: a.y + t * (b.y - a.y) }, box, 2))
}

/**
 * Each value sits above its mark, centred. Where the line to a neighbouring month or an
 * event's line would run through it, or it would touch the value before, it moves to the
 * side left free, else below the mark in the same order.
 */
function placeValueLabels(marks: Omit<ChartMark, 'label'>[], joined: boolean[], unit: string, eventLines: Point[][]): ChartMark[] {
  const placed: Box[] = []
  return marks.map((m, i) => {
    const text = m.value.replace(` ${unit}`, '')
    const width = textWidth(text, VALUE_FONT, 700)
    const above = round((m.high ?? m.y) - VALUE_GAP)
    const below = round((m.low ?? m.y) + VALUE_GAP + VALUE_FONT * 0.75)
    const box = (x1: number, y: number): Box => ({ x1, y1: y - VALUE_FONT * 0.75, x2: x1 + width, y2: y + VALUE_FONT * 0.2 })
    const lines = [...[joined[i] ? marks[i - 1] : undefined, joined[i + 1] ? marks[i + 1] : undefined].filter(n => n !== undefined).map(n => [m, n]), ...eventLines]
    const options = [above, below].flatMap(y => [
      { anchor: 'middle' as const, x: m.x, from: m.x - width / 2, y },
      { anchor: 'end' as const, x: m.x + 8, from: m.x + 8 - width, y },
      { anchor: 'start' as const, x: m.x - 8, from: m.x - 8, y },
    ])
    const free = options.find(o => !lines.some(([a, b]) => crosses(a, b, box(o.from, o.y))) && !placed.some(p => overlaps(p, box(o.from, o.y), 4))) ?? options[0]
    placed.push(box(free.from, free.y))
    return { ...m, label: { text, x: round(free.x), y: free.y, anchor: free.anchor } }
  })
}

/** One figure of a series as its data table gives it: the charts' text alternative. */
export interface FigureRow { period: string, value: string, note: string, confidence: string, sources: readonly string[] }

/** Every figure of a series, with its note, confidence and sources, in time order. */
export function figureRows(series: Readonly<Series>): FigureRow[] {
  return series.points.map(p => ({ period: periodOf(p.period).label, value: pointValue(p), note: p.note ?? '', confidence: p.confidence, sources: p.sources }))
}

/** The series' sources, each once. */
export const seriesSources = (series: Readonly<Series>): string[] => [...new Set(series.points.flatMap(p => p.sources))]

/** What a chart's source line cites: its figures' sources, then those of the events it marks, each once. */
export function chartSources(series: Readonly<Series>, events: readonly Pick<ContextEvent, 'sources'>[]): string[] {
  return [...new Set([...seriesSources(series), ...events.flatMap(e => e.sources)])]
}

export interface SeriesChart {
  id: string
  title: string
  unit: string
  width: number
  height: number
  plot: { left: number, top: number, right: number, bottom: number }
  yTicks: { y: number, label: string }[]
  xTicks: { x: number, label: string }[]
  /** SVG path joining figures of consecutive months; a missing month breaks it. */
  line: string
  marks: ChartMark[]
  events: { id: string, x: number, label: string, date: string }[]
  /** Earlier figures, drawn as a dashed line across the plot. */
  references: { y: number, label: string }[]
  /** The text alternative: every figure of the series. */
  table: FigureRow[]
  sources: string[]
}

const number = (n: number) => String(n)

/** '1.5 mb/d', '1.1–1.27 mb/d', '12.5%' */
export function pointValue(p: Pick<SeriesPoint, 'value' | 'low' | 'high' | 'unit'>): string {
  const amount = p.value !== undefined ? number(p.value) : `${number(p.low!)}–${number(p.high!)}`
  return p.unit === '%' ? `${amount}%` : `${amount} ${p.unit}`
}

/** A round top for the value axis and its step, about five ticks: 2.08 → 2.5 by 0.5. */
function niceScale(max: number): { top: number, step: number } {
  const rough = max / 5
  const magnitude = 10 ** Math.floor(Math.log10(rough))
  const step = [1, 2, 2.5, 5, 10].map(f => f * magnitude).find(s => s >= rough)!
  return { top: Math.ceil(max / step) * step, step }
}

export function seriesChart(series: Readonly<Series>, { from, to = periodOf(series.points.at(-1)!.period).start.slice(0, 7), events = [], width = 860, height = 330 }: ChartOptions): SeriesChart {
  const first = monthIndex(from)
  const months = monthIndex(to) - first + 1
  if (!(months > 0))
    throw new Error(`Chart "${series.id}": "to" (${to}) must not come before "from" (${from})`)
  // Room above the plot for the unit, below it for the month names.
  const plot = { left: 64, top: 34, right: width - 16, bottom: height - 34 }
  const column = (plot.right - plot.left) / months
  const xOfMonth = (index: number) => round(plot.left + (index - first + 0.5) * column)
  const xOfDate = (iso: string) => round(plot.left + (monthPosition(iso) - first) * column)
  // Every month named while there is room for a short label, else every quarter.
  const named = Array.from({ length: months }, (_, i) => first + i).filter(index => column >= 56 || index % 3 === 0)
  const namedLabels = monthTicks(named)
  const top = (p: SeriesPoint) => p.value ?? p.high!
  const { top: yTop, step } = niceScale(Math.max(...series.points.map(top)))
  const yOf = (v: number) => round(plot.bottom - (v / yTop) * (plot.bottom - plot.top))
  const unit = series.points[0].unit

  const shown = series.points.filter(p => monthIndex(periodOf(p.period).start) >= first && monthIndex(periodOf(p.period).start) <= monthIndex(to))
  const joined = shown.map((p, i) => i > 0 && monthIndex(periodOf(p.period).start) === monthIndex(periodOf(shown[i - 1].period).start) + 1)
  const unplaced = shown.map((p) => {
    const index = monthIndex(periodOf(p.period).start)
    const middle = p.value ?? (p.low! + p.high!) / 2
    return {
      period: periodOf(p.period).label,
      x: xOfMonth(index),
      y: yOf(middle),
      ...(p.value === undefined ? { low: yOf(p.low!), high: yOf(p.high!) } : {}),
      value: pointValue(p),
      confidence: p.confidence,
      ...(p.note ? { note: p.note } : {}),
    }
  })
  const eventLines = events.map(e => [{ x: xOfDate(e.date), y: plot.top }, { x: xOfDate(e.date), y: plot.bottom }])
  const marks = placeValueLabels(unplaced, joined, unit, eventLines)
  let line = ''
  marks.forEach((m, i) => {
    line += `${joined[i] ? ' L' : `${line ? ' ' : ''}M`}${m.x} ${m.y}`
  })

  return {
    id: series.id,
    title: series.title,
    unit,
    width,
    height,
    plot,
    yTicks: Array.from({ length: Math.round(yTop / step) + 1 }, (_, i) => ({ y: yOf(i * step), label: number(Math.round(i * step * 100) / 100) })),
    xTicks: named.map((index, i) => ({ x: xOfMonth(index), label: namedLabels[i] })),
    line,
    marks,
    events: events.map((e, i) => ({ id: e.id, x: eventLines[i][0].x, label: e.label, date: formatDate(e.date) })),
    references: series.points.filter(p => monthIndex(periodOf(p.period).start) < first).map(p => ({
      y: yOf(p.value ?? p.high!),
      label: `${periodOf(p.period).label}${p.note ? `, ${p.note}` : ''}: ${pointValue(p)}`,
    })),
    table: figureRows(series),
    sources: chartSources(series, events),
  }
}
