import type { Series, SeriesPoint } from '../data/schema'
import type { Level, Step, StepChartOptions } from './step-chart'
import type { Frame } from './step-chart-frame'
import { periodOf } from '../data/period'
import { pointValue } from './series-chart'
import { dayOf, isInForce, middle } from './step-chart-frame'

// What the step chart draws of the figures: the rates in force as one step line, and each
// figure that was not in force as a level of its own.

/**
 * The day the line stops, before the window's end: at the `until` event or where the record
 * ends, whichever comes first; undefined if it runs on to the window's end.
 */
export function lineEndDate(series: Readonly<Series>, options: StepChartOptions, { inWindow }: Frame): string | undefined {
  const { events = [], until, recordThrough } = options
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
  const late = endDate && series.points.filter(isInForce).find(p => dayOf(periodOf(p.period).start) >= dayOf(endDate))
  if (late)
    throw new Error(`Chart "${series.id}": a figure in force (${late.period}) comes after the line's end (${endDate})`)
  return endDate
}

/**
 * A step for each rate in force, running until the next one starts or the line ends. A rate
 * in force before the window starts it at the left edge; one that starts after it is not drawn.
 */
export function stepsOf(series: Readonly<Series>, { plot, last, xOf, yOf }: Frame, lineEnd: number): Step[] {
  const shown = series.points.filter(isInForce).filter(p => dayOf(periodOf(p.period).start) < last)
  const startX = (p: SeriesPoint) => Math.max(plot.left, xOf(periodOf(p.period).start))
  return shown.map((p, i) => {
    const x1 = startX(p)
    const x2 = i + 1 < shown.length ? startX(shown[i + 1]) : lineEnd
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
}

/** A level for each figure not in force (agreed, proposed…) that falls in the window. */
export function levelsOf(series: Readonly<Series>, { inWindow, xOf, yOf }: Frame): Level[] {
  return series.points.filter(p => !isInForce(p) && inWindow(periodOf(p.period).start)).map(p => ({
    period: periodOf(p.period).label,
    x: xOf(periodOf(p.period).start),
    y: yOf(middle(p)),
    value: pointValue(p),
    status: p.status as Level['status'],
    contested: p.confidence === 'contested',
  }))
}
