import type { Box, Drawing, Rect, TextBlock } from '../../diagrams/geometry'

// Measures a drawing's geometry the way a reader's eye would: what lies outside the
// viewBox, which labels collide, which lines run through a label.

const EPSILON = 0.01

/** Whether two rectangles share some area (touching edges do not count). */
export const intersects = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width - EPSILON && b.x < a.x + a.width - EPSILON && a.y < b.y + b.height - EPSILON && b.y < a.y + a.height - EPSILON

export const contains = (outer: Rect, inner: Rect): boolean =>
  inner.x >= outer.x - EPSILON && inner.y >= outer.y - EPSILON
  && inner.x + inner.width <= outer.x + outer.width + EPSILON && inner.y + inner.height <= outer.y + outer.height + EPSILON

/** The straight segments of SVG path data made of M, L, H, V and Z, each as its bounding rectangle. */
export function segments(d: string): Rect[] {
  const out: Rect[] = []
  let at = { x: 0, y: 0 }
  let start = at
  for (const [, command, args] of d.matchAll(/([A-Za-z])([^A-Za-z]*)/g)) {
    const n = args.trim() ? args.trim().split(/[\s,]+/).map(Number) : []
    const next = command === 'M' || command === 'L' ? { x: n[0], y: n[1] }
      : command === 'H' ? { x: n[0], y: at.y }
        : command === 'V' ? { x: at.x, y: n[0] }
          : command === 'Z' ? start
            : undefined
    if (!next || Object.values(next).some(v => !Number.isFinite(v)))
      throw new Error(`Unexpected path command "${command}${args}" in "${d}"`)
    if (command === 'M')
      start = next
    else
      out.push({ x: Math.min(at.x, next.x), y: Math.min(at.y, next.y), width: Math.abs(next.x - at.x), height: Math.abs(next.y - at.y) })
    at = next
  }
  return out
}

export const labelsOf = (d: Drawing): TextBlock[] => [...d.boxes.map(b => b.label), ...d.texts]

/** Every shape's extent: boxes, label boxes, dots and connector segments. */
export function extents(d: Drawing): { what: string, rect: Rect }[] {
  return [
    ...d.boxes.map(b => ({ what: `${b.role} box`, rect: b as Rect })),
    ...labelsOf(d).map(t => ({ what: `label "${t.lines.map(l => l.text).join(' ')}"`, rect: t.box })),
    ...d.dots.map(c => ({ what: `${c.role} dot`, rect: { x: c.cx - c.r, y: c.cy - c.r, width: 2 * c.r, height: 2 * c.r } })),
    ...d.connectors.flatMap(c => [c.d, c.head ?? ''].flatMap(segments).map(rect => ({ what: `${c.role} line`, rect }))),
  ]
}

/** Shapes that reach outside the viewBox (0 0 width height). */
export function outsideViewBox(d: Drawing): string[] {
  const view = { x: 0, y: 0, width: d.width, height: d.height }
  return extents(d).filter(e => !contains(view, e.rect)).map(e => e.what)
}

/** Pairs of labels whose boxes (by the width estimate) overlap. */
export function overlappingLabels(d: Drawing): string[] {
  const labels = labelsOf(d)
  const name = (t: TextBlock) => `"${t.lines.map(l => l.text).join(' ')}"`
  return labels.flatMap((a, i) => labels.slice(i + 1).filter(b => intersects(a.box, b.box)).map(b => `${name(a)} × ${name(b)}`))
}

/** Labels outside their own box, or across the edge of a box they do not belong to. */
export function misplacedLabels(d: Drawing): string[] {
  const owner = new Map<TextBlock, Box>(d.boxes.map(b => [b.label, b]))
  return labelsOf(d).flatMap((t) => {
    const own = owner.get(t)
    const name = `"${t.lines.map(l => l.text).join(' ')}"`
    return [
      ...(own && !contains(own, t.box) ? [`${name} spills out of its ${own.role} box`] : []),
      ...d.boxes.filter(b => b !== own && intersects(b, t.box) && !contains(b, t.box)).map(b => `${name} crosses the edge of a ${b.role} box`),
    ]
  })
}

/** Connector lines that run through a label. */
export function linesThroughLabels(d: Drawing): string[] {
  return d.connectors.flatMap(c => [c.d, c.head ?? ''].flatMap(segments).flatMap(s =>
    labelsOf(d).filter(t => intersects(s, t.box)).map(t => `a ${c.role} line crosses "${t.lines.map(l => l.text).join(' ')}"`)))
}
