import type { ContextEvent, Series, SeriesPoint } from '../data/schema'
import type { Box } from './label-place'
import type { FigureRow } from './series-chart'
import { Room } from './label-place'
import { chartSources, figureRows } from './series-chart'
import { monthAxisTicks, stepChartFrame, valueTicks } from './step-chart-frame'
import { ChartLabels, LEVEL_MARK, LEVEL_STUB, MARK, obstacles, placeEventLabels, placeLevelLabels, placeStepLabels } from './step-chart-labels'
import { levelsOf, lineEndDate, stepsOf } from './step-chart-line'
import { FONT_SIZE } from './step-chart-text'

// A rate that holds until the next one replaces it (a tariff), as a step line on an axis of
// days, laid out as plain geometry a component draws as SVG. Only reported figures make the
// line: a rate agreed, proposed or forecast was not in force, so it is a separate marked
// level that says so in words. Every label is placed here, at the size it is drawn, clear of
// the line and of the other labels. Pure and deterministic. The axes are worked out in
// step-chart-frame.ts, the line and levels in step-chart-line.ts, the labels in
// step-chart-labels.ts, their text's size in step-chart-text.ts.

export { FONT_SIZE }

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
  const { events = [], width = 660, height = 344 } = options
  const frame = stepChartFrame(series, options, width, height)
  const { plot } = frame
  const endDate = lineEndDate(series, options, frame)
  const lineEnd = endDate ? frame.xOf(endDate) : plot.right
  const steps = stepsOf(series, frame, lineEnd)
  const levels = levelsOf(series, frame)
  const yTicks = valueTicks(frame)
  const xTicks = monthAxisTicks(frame, width)

  const labels = new ChartLabels(series.id, new Room({ x1: 0, y1: 0, x2: width, y2: height }, obstacles(plot, steps, levels, [...yTicks, ...xTicks])))
  const stepEvents = placeEventLabels(labels, events, frame)
  placeStepLabels(labels, steps)
  placeLevelLabels(labels, levels)
  const gridlines = yTicks.filter(t => t.position < plot.bottom).flatMap(t => gridlinePieces(t.position, plot.left, plot.right, labels.placed.map(l => l.box)))
  // Where the line stops, the caption says why: a label there would crowd the last months.
  const stop = endDate && steps.length ? { x: lineEnd, y: steps.at(-1)!.y } : undefined

  return {
    id: series.id,
    title: series.title,
    unit: frame.unit,
    width,
    height,
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
    labels: labels.placed,
    crowded: labels.crowded,
    table: figureRows(series),
    sources: chartSources(series, events),
  }
}
