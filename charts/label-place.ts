// Puts a chart's labels beside what they name, where they touch nothing else. A chart is laid
// out in Node before any browser runs, so it cannot ask where text landed: it places each
// label by its estimated size, first where a reader looks for it, then slid along the thing
// it names, and the browser suite checks the result.

export interface Box { x1: number, y1: number, x2: number, y2: number }

/** Where a label sits relative to what it names. */
export type Side = 'above' | 'below' | 'left' | 'right'

export function overlaps(a: Box, b: Box, margin = 0): boolean {
  return a.x1 < b.x2 + margin && b.x1 < a.x2 + margin && a.y1 < b.y2 + margin && b.y1 < a.y2 + margin
}

const within = (a: Box, outer: Box): boolean => a.x1 >= outer.x1 && a.y1 >= outer.y1 && a.x2 <= outer.x2 && a.y2 <= outer.y2

const STRIDE = 2

/** Offsets from 0 outwards, 0, +2, −2, +4…, inside [low, high]. */
function* nearestFirst(low: number, high: number): Generator<number> {
  for (let d = 0; d <= Math.max(-low, high); d += STRIDE) {
    if (d <= high)
      yield d
    if (d > 0 && -d >= low)
      yield -d
  }
}

/**
 * Boxes of `width`×`height` on `side` of `anchor`, `gap` away, nearest the natural spot first:
 * above or below, text starting where the anchor starts; left or right, centred on it. Every
 * box shares at least one pixel's span with the anchor, so it stays attached to what it names.
 */
export function* candidates(anchor: Box, side: Side, width: number, height: number, gap: number): Generator<Box> {
  if (side === 'above' || side === 'below') {
    const y1 = side === 'above' ? anchor.y1 - gap - height : anchor.y2 + gap
    for (const d of nearestFirst(-(width - 1), Math.max(0, anchor.x2 - anchor.x1 - 1)))
      yield { x1: anchor.x1 + d, y1, x2: anchor.x1 + d + width, y2: y1 + height }
  }
  else {
    const x1 = side === 'left' ? anchor.x1 - gap - width : anchor.x2 + gap
    const centred = (anchor.y1 + anchor.y2 - height) / 2
    const reach = (anchor.y2 - anchor.y1 + height) / 2 - 1
    for (const d of nearestFirst(-reach, reach))
      yield { x1, y1: centred + d, x2: x1 + width, y2: centred + d + height }
  }
}

/** Free space inside `bounds`: boxes taken so far are kept `margin` apart from a new one. */
export class Room {
  private readonly taken: Box[]
  constructor(readonly bounds: Box, taken: readonly Box[] = [], readonly margin = 3) {
    this.taken = [...taken]
  }

  fits(box: Box): boolean {
    return within(box, this.bounds) && !this.taken.some(t => overlaps(box, t, this.margin))
  }

  take(box: Box): void {
    this.taken.push(box)
  }

  /** Of all candidates inside the bounds, the one overlapping least of what is taken, taken. */
  squeeze(anchor: Box, sides: readonly Side[], width: number, height: number, gap: number): { box: Box, side: Side } | undefined {
    const area = (a: Box, b: Box) => Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1)) * Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1))
    let best: { box: Box, side: Side, crowding: number } | undefined
    for (const side of sides) {
      for (const box of candidates(anchor, side, width, height, gap)) {
        const crowding = within(box, this.bounds) ? this.taken.reduce((sum, t) => sum + area(box, t), 0) : Infinity
        if (crowding < (best?.crowding ?? Infinity))
          best = { box, side, crowding }
      }
    }
    if (best)
      this.take(best.box)
    return best && { box: best.box, side: best.side }
  }

  /** The first free candidate over the sides in order, taken; undefined if none is free. */
  place(anchor: Box, sides: readonly Side[], width: number, height: number, gap: number): { box: Box, side: Side } | undefined {
    for (const side of sides) {
      for (const box of candidates(anchor, side, width, height, gap)) {
        if (this.fits(box)) {
          this.take(box)
          return { box, side }
        }
      }
    }
    return undefined
  }
}
