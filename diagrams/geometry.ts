import { type Weight, textWidth, wrapText } from '../charts/text-metrics'

// A diagram as plain geometry in one SVG viewBox: what components/ArticleDiagram.vue draws,
// what the unit tests measure. Coordinates are px on the 980×552 slide canvas: a diagram is
// laid out at the size it is drawn, so a label's size here is its size on the slide.

/** Room around the drawing for the half of a stroke that lies outside a shape on its edge. */
export const EDGE = 2

/**
 * The room for the drawing: 868×380 px under a slide's title and above its footer, between
 * the layout's side paddings, less EDGE on every side.
 */
export const DIAGRAM_AREA = { width: 868 - 2 * EDGE, height: 380 - 2 * EDGE } as const

/** Labels are at least this size: legible from the back of a room (the browser suite's floor is 14 px). */
export const MIN_LABEL_PX = 16

/** Lines of a label are this many times its size apart. */
const LINE_HEIGHT = 1.25
/** Where a baseline sits below the middle of its line, in ems: capitals centred on the line. */
const BASELINE = 0.33

export interface Rect { x: number, y: number, width: number, height: number }

/** What a shape or label is: its CSS class, which gives it its colours in the component. */
export type Role = 'spine' | 'step' | 'date' | 'milestone' | 'actor' | 'flow' | 'root' | 'branch' | 'area' | 'item'

export interface TextBlock {
  role: Role
  size: number
  weight: Weight
  anchor: 'start' | 'middle' | 'end'
  /** One entry per line, `y` its baseline. */
  lines: { x: number, y: number, text: string }[]
  /** The block's extent by the width estimate, one line height per line. */
  box: Rect
}

/** A rectangle and the label drawn inside it. */
export interface Box extends Rect { role: Role, label: TextBlock }

export interface Dot { role: Role, cx: number, cy: number, r: number }

/** A line (SVG path data), with `head` the filled arrowhead at its end where it has one. */
export interface Connector { role: Role, d: string, head?: string }

export interface Drawing {
  width: number
  height: number
  connectors: Connector[]
  boxes: Box[]
  dots: Dot[]
  /** Labels that stand free, outside any box. */
  texts: TextBlock[]
}

export interface LabelSpec {
  role: Role
  size: number
  weight: Weight
  /** Where lines start (`start`), centre (`middle`) or end (`end`). */
  x: number
  anchor: TextBlock['anchor']
  /** Top of the first line. */
  top: number
  /** Lines wrap at this width. */
  maxWidth: number
}

/** Coordinates to a tenth of a pixel: stable snapshots, short SVG. */
export const round = (n: number): number => Math.round(n * 10) / 10

export const lineHeight = (size: number): number => size * LINE_HEIGHT

/** `text` wrapped and placed line by line. */
export function textBlock(text: string, { role, size, weight, x, anchor, top, maxWidth }: LabelSpec): TextBlock {
  const wrapped = wrapText(text, maxWidth, size, weight)
  const step = lineHeight(size)
  const width = Math.max(...wrapped.map(line => textWidth(line, size, weight)))
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width
  return {
    role,
    size,
    weight,
    anchor,
    lines: wrapped.map((line, i) => ({ x: round(x), y: round(top + (i + 0.5) * step + BASELINE * size), text: line })),
    box: { x: round(left), y: round(top), width: round(width), height: round(wrapped.length * step) },
  }
}

/** A closed arrowhead whose tip is at (x, y), pointing along (dx, dy), a unit vector. */
export function arrowhead(x: number, y: number, dx: number, dy: number, length: number, halfWidth: number): string {
  const bx = x - dx * length
  const by = y - dy * length
  return `M${round(x)} ${round(y)} L${round(bx - dy * halfWidth)} ${round(by + dx * halfWidth)} L${round(bx + dy * halfWidth)} ${round(by - dx * halfWidth)} Z`
}
