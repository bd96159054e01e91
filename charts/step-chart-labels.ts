import type { Box, Room, Side } from './label-place'
import type { ChartLabel, Level, Step, StepChart, StepChartOptions, StepEvent, Tick } from './step-chart'
import type { Frame } from './step-chart-frame'
import type { Text } from './step-chart-text'
import { formatDate } from '../data/format'
import { round } from './geometry'
import { overlaps } from './label-place'
import { ASCENT, byClause, FONT_SIZE, GAP, LINE, narrowing, plain, textHeight, widest } from './step-chart-text'

// The step chart's labels, each placed here at the size it is drawn, clear of the line, the
// marks, the ticks and the labels placed before it: events first, as they need the most room,
// then the steps, then the levels.

/** Radius of the mark where a step starts; a level's mark, and how far its dashed stub reaches either side. */
export const MARK = 4.5
export const LEVEL_MARK = 6
export const LEVEL_STUB = 18
const EVENT_WIDTH = 230
/** How a figure's status reads on the chart. */
const STATUS_WORDS: Record<Level['status'], string[]> = {
  agreed: ['agreed'],
  proposed: ['proposed', 'not in force'],
  scheduled: ['scheduled'],
  forecast: ['forecast'],
}

/** What a label names, as the chart records it. */
type Subject = Pick<ChartLabel, 'for' | 'kind' | 'contested'>
type Events = NonNullable<StepChartOptions['events']>
/** A label's lines and the size of their box, measured once for all the spots it is tried in. */
interface Sized { lines: Text[], width: number, height: number }

const sized = (lines: Text[]): Sized => ({ lines, width: round(widest(lines)), height: textHeight(lines.length) })

const levelBox = (l: Level): Box => ({ x1: l.x - LEVEL_STUB, y1: l.y - LEVEL_MARK, x2: l.x + LEVEL_STUB, y2: l.y + LEVEL_MARK })
const eventMarker = (x: number, top: number, bottom: number): Box => ({ x1: x - 1.5, y1: top, x2: x + 1.5, y2: bottom })

/** What labels must stay clear of: the axis, the line, the marks and the ticks. */
export function obstacles(plot: StepChart['plot'], steps: readonly Step[], levels: readonly Level[], ticks: readonly Tick[]): Box[] {
  return [
    { x1: plot.left, y1: plot.bottom - 1, x2: plot.right, y2: plot.bottom + 1 },
    ...steps.flatMap((s, i) => [
      { x1: s.x1, y1: s.y - 2, x2: s.x2, y2: s.y + 2 },
      ...(i > 0 ? [{ x1: s.x1 - 2, y1: Math.min(s.y, steps[i - 1].y), x2: s.x1 + 2, y2: Math.max(s.y, steps[i - 1].y) }] : []),
      { x1: s.x1 - MARK, y1: s.y - MARK, x2: s.x1 + MARK, y2: s.y + MARK },
    ]),
    ...levels.map(levelBox),
    ...ticks.map(t => t.box),
  ]
}

/** The chart's labels as they are placed, in the room left free by everything placed before. */
export class ChartLabels {
  readonly placed: ChartLabel[] = []
  /**
   * Where no spot is free, the label still goes where it overlaps least and is named here:
   * the tests and the browser suite fail on it, while the deck still builds.
   */
  readonly crowded: string[] = []

  constructor(private readonly chartId: string, readonly room: Room) {}

  /** The label in the first free spot beside `anchor`; its box, or undefined if no spot is free. */
  tryPlace(subject: Subject, anchor: Box, sides: Side[], label: Sized): Box | undefined {
    const spot = this.room.place(anchor, sides, label.width, label.height, GAP)
    if (spot)
      this.add(subject, spot.box, spot.side, label.lines)
    return spot?.box
  }

  /** The widest of the label's `forms` that finds a free spot, or else its narrowest, squeezed. */
  place(subject: Subject, anchor: Box, sides: Side[], forms: Text[][]): void {
    const labels = forms.map(sized)
    if (!labels.some(label => this.tryPlace(subject, anchor, sides, label)))
      this.squeeze(subject, anchor, sides, labels.at(-1)!)
  }

  /** The label where it overlaps least of what is placed, named as crowded; its box. */
  squeeze(subject: Subject, anchor: Box, sides: Side[], label: Sized): Box {
    const spot = this.room.squeeze(anchor, sides, label.width, label.height, GAP)
    if (!spot)
      throw new Error(`Chart "${this.chartId}": the label "${label.lines.map(l => l.lead + l.text).join(' ')}" is larger than the chart`)
    this.crowded.push(subject.for)
    this.add(subject, spot.box, spot.side, label.lines)
    return spot.box
  }

  private add(subject: Subject, box: Box, side: Side, lines: Text[]): void {
    const anchor = side === 'left' ? 'end' : 'start'
    this.placed.push({
      ...subject,
      anchor,
      x: anchor === 'end' ? box.x2 : box.x1,
      lines: lines.map((l, i) => ({ ...l, y: round(box.y1 + (ASCENT + i * LINE) * FONT_SIZE) })),
      box,
    })
  }
}

/**
 * Each event's label as high as it fits, in the widest form that does, its marker running
 * from there down to the axis: the marker crosses no event label above it, so each event
 * reads with its own.
 */
export function placeEventLabels(labels: ChartLabels, events: Events, { plot, xOf }: Frame): StepEvent[] {
  const eventBoxes: Box[] = []
  return events.map((e) => {
    const subject: Subject = { for: e.id, kind: 'event', contested: false }
    const x = xOf(e.date)
    const forms = narrowing(e.label, EVENT_WIDTH, `${formatDate(e.date)}${e.status ? `, ${e.status}` : ''}`).map(sized)
    for (const label of forms) {
      // A marker at least two lines tall, so it reads as a mark on the axis.
      for (let top = label.height + GAP; top < plot.bottom - 2 * FONT_SIZE; top += 2) {
        const marker = eventMarker(x, top, plot.bottom)
        if (eventBoxes.some(b => overlaps(b, marker, labels.room.margin)))
          continue
        const box = labels.tryPlace(subject, { x1: x, y1: top, x2: x, y2: top }, ['above'], label)
        if (box) {
          eventBoxes.push(box)
          labels.room.take(marker)
          return { id: e.id, x, top: round(top) }
        }
      }
    }
    const narrowest = forms.at(-1)!
    const highest = narrowest.height + GAP
    const top = labels.squeeze(subject, { x1: x, y1: highest, x2: x, y2: highest }, ['above'], narrowest).y2 + GAP
    labels.room.take(eventMarker(x, top, plot.bottom))
    return { id: e.id, x, top: round(top) }
  })
}

/** Each step's rate and the date it starts, above its run where there is room. */
export function placeStepLabels(labels: ChartLabels, steps: readonly Step[]): void {
  for (const s of steps) {
    const lines = [{ lead: s.value, text: ` from ${s.period}` }, ...(s.contested ? [plain('contested')] : [])]
    labels.place({ for: s.period, kind: 'step', contested: s.contested }, { x1: s.x1, y1: s.y, x2: s.x2, y2: s.y }, ['above', 'left', 'below', 'right'], byClause(lines))
  }
}

/** Each level's figure and period, and in words that it was not in force. */
export function placeLevelLabels(labels: ChartLabels, levels: readonly Level[]): void {
  for (const l of levels) {
    const lines = [{ lead: l.value, text: `, ${l.period}` }, plain([...STATUS_WORDS[l.status], ...(l.contested ? ['contested'] : [])].join(', '))]
    labels.place({ for: l.period, kind: 'level', contested: l.contested }, levelBox(l), ['left', 'above', 'below', 'right'], byClause(lines))
  }
}
