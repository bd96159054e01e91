import type { ContextEvent, Series, SeriesPoint } from '../data/schema'
import { formatDate } from '../data/format'
import { periodOf } from '../data/period'
import { monthIndex, monthPosition, monthTick } from './months'

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
  confidence: SeriesPoint['confidence']
  note?: string
}

/** One figure of a series as its data table gives it: the charts' text alternative. */
export interface FigureRow { period: string, value: string, note: string, confidence: string, sources: readonly string[] }

/** Every figure of a series, with its note, confidence and sources, in time order. */
export const figureRows = (series: Readonly<Series>): FigureRow[] =>
  series.points.map(p => ({ period: periodOf(p.period).label, value: pointValue(p), note: p.note ?? '', confidence: p.confidence, sources: p.sources }))

/** The series' sources, each once. */
export const seriesSources = (series: Readonly<Series>): string[] => [...new Set(series.points.flatMap(p => p.sources))]

/** What a chart's source line cites: its figures' sources, then those of the events it marks, each once. */
export const chartSources = (series: Readonly<Series>, events: readonly Pick<ContextEvent, 'sources'>[]): string[] =>
  [...new Set([...seriesSources(series), ...events.flatMap(e => e.sources)])]

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

const round = (n: number) => Math.round(n * 10) / 10
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
  const top = (p: SeriesPoint) => p.value ?? p.high!
  const { top: yTop, step } = niceScale(Math.max(...series.points.map(top)))
  const yOf = (v: number) => round(plot.bottom - (v / yTop) * (plot.bottom - plot.top))
  const unit = series.points[0].unit

  const shown = series.points.filter(p => monthIndex(periodOf(p.period).start) >= first && monthIndex(periodOf(p.period).start) <= monthIndex(to))
  const marks: ChartMark[] = shown.map((p) => {
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
  let line = ''
  shown.forEach((p, i) => {
    const joined = i > 0 && monthIndex(periodOf(p.period).start) === monthIndex(periodOf(shown[i - 1].period).start) + 1
    line += `${joined ? ' L' : `${line ? ' ' : ''}M`}${marks[i].x} ${marks[i].y}`
  })

  return {
    id: series.id,
    title: series.title,
    unit,
    width,
    height,
    plot,
    yTicks: Array.from({ length: Math.round(yTop / step) + 1 }, (_, i) => ({ y: yOf(i * step), label: number(Math.round(i * step * 100) / 100) })),
    // Every month named while there is room for a short label, else every quarter.
    xTicks: Array.from({ length: months }, (_, i) => first + i)
      .filter(index => column >= 56 || index % 3 === 0)
      .map(index => ({ x: xOfMonth(index), label: monthTick(index, first) })),
    line,
    marks,
    events: events.map(e => ({ id: e.id, x: xOfDate(e.date), label: e.label, date: formatDate(e.date) })),
    references: series.points.filter(p => monthIndex(periodOf(p.period).start) < first).map(p => ({
      y: yOf(p.value ?? p.high!),
      label: `${periodOf(p.period).label}${p.note ? `, ${p.note}` : ''}: ${pointValue(p)}`,
    })),
    table: figureRows(series),
    sources: chartSources(series, events),
  }
}
