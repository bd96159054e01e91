import type { Series, SeriesPoint } from '../data/schema'
import type { FigureRow } from './series-chart'
import { monthIndex } from '../data/format'
import { periodOf } from '../data/period'
import { round } from './geometry'
import { } from './months'
import { figureRows, pointValue, seriesSources } from './series-chart'

// A short series (a few fiscal years, SIPRI's five-year periods) as one bar per figure,
// as plain geometry a component draws as SVG. Bars share a baseline at zero, so their
// heights compare. Periods of equal length keep their place in time: a period without a
// figure (FY2022-23, say) is an empty, labelled slot, so two bars never look adjacent
// when a year lies between them.

export interface Bar {
  period: string
  x: number
  width: number
  /** Top of the bar, and of the whisker where sources give a range. */
  y: number
  high?: number
  value: string
  confidence: SeriesPoint['confidence']
  note?: string
}

export interface BarChart {
  id: string
  title: string
  unit: string
  width: number
  height: number
  baseline: number
  bars: Bar[]
  /** Slots of periods between the figures that have none. */
  gaps: { x: number, width: number }[]
  table: FigureRow[]
  sources: string[]
}

/** Each figure's slot counted in periods from the first, when all periods are as long as the first; else one after another. */
function slotsOf(series: Readonly<Series>): number[] {
  const periods = series.points.map(p => periodOf(p.period))
  const length = (p: { start: string, end: string }) => monthIndex(p.end) - monthIndex(p.start) + 1
  const slots = periods.map(p => (monthIndex(p.start) - monthIndex(periods[0].start)) / length(periods[0]))
  const regular = periods.every(p => length(p) === length(periods[0])) && slots.every(Number.isInteger)
  return regular ? slots : periods.map((_, i) => i)
}

export function barChart(series: Readonly<Series>, { width = 400, height = 260 } = {}): BarChart {
  const top = 36
  const baseline = height - 40
  const max = Math.max(...series.points.map(p => p.value ?? p.high!))
  const yOf = (v: number) => round(baseline - (v / max) * (baseline - top))
  const slots = slotsOf(series)
  const count = slots.at(-1)! + 1
  const slot = width / count
  const barWidth = round(Math.min(slot * 0.6, 110))
  const xOf = (index: number) => round(index * slot + (slot - barWidth) / 2)
  return {
    id: series.id,
    title: series.title,
    unit: series.points[0].unit,
    width,
    height,
    baseline,
    bars: series.points.map((p, i) => ({
      period: periodOf(p.period).label,
      x: xOf(slots[i]),
      width: barWidth,
      y: yOf(p.value ?? p.low!),
      ...(p.value === undefined ? { high: yOf(p.high!) } : {}),
      value: pointValue(p),
      confidence: p.confidence,
      ...(p.note ? { note: p.note } : {}),
    })),
    gaps: Array.from({ length: count }, (_, index) => index).filter(index => !slots.includes(index)).map(index => ({ x: xOf(index), width: barWidth })),
    table: figureRows(series),
    sources: seriesSources(series),
  }
}
