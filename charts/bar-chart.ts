import type { Series, SeriesPoint } from '../data/schema'
import { periodOf } from '../data/period'
import { type FigureRow, figureRows, pointValue, seriesSources } from './series-chart'

// A short series (a few fiscal years, SIPRI's five-year periods) as one bar per figure,
// as plain geometry a component draws as SVG. Bars share a baseline at zero, so their
// heights compare; periods need not be evenly spaced, so there is no time axis.

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
  table: FigureRow[]
  sources: string[]
}

const round = (n: number) => Math.round(n * 10) / 10

export function barChart(series: Readonly<Series>, { width = 400, height = 260 } = {}): BarChart {
  const top = 36
  const baseline = height - 40
  const max = Math.max(...series.points.map(p => p.value ?? p.high!))
  const yOf = (v: number) => round(baseline - (v / max) * (baseline - top))
  const slot = width / series.points.length
  const barWidth = round(Math.min(slot * 0.6, 110))
  return {
    id: series.id,
    title: series.title,
    unit: series.points[0].unit,
    width,
    height,
    baseline,
    bars: series.points.map((p, i) => ({
      period: periodOf(p.period).label,
      x: round(i * slot + (slot - barWidth) / 2),
      width: barWidth,
      y: yOf(p.value ?? p.low!),
      ...(p.value === undefined ? { high: yOf(p.high!) } : {}),
      value: pointValue(p),
      confidence: p.confidence,
      ...(p.note ? { note: p.note } : {}),
    })),
    table: figureRows(series),
    sources: seriesSources(series),
  }
}
