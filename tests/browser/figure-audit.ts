// Runs inside the page (serialised by page.evaluate): keep it self-contained.

export interface FigureAudit {
  id: string
  /** Each label as drawn: its words and its size in px on the 980 px canvas. */
  labels: { text: string, px: number }[]
  /** Pairs of labels whose drawn boxes overlap. */
  overlaps: string[]
  /** Labels drawn past the edge of the box they sit in: the width estimate fell short. */
  spills: string[]
  /** Every colour the drawing paints (fills and strokes), as the browser resolves it. */
  colours: string[]
  /** Colours painted that are none of the deck's variables for the scheme shown. */
  foreign: string[]
}

/**
 * Measures each figure (diagram, chart or timeline) on slide `no` as drawn: label sizes, collisions, spills and the
 * colours it paints, against the resolved values of the deck variables named in `palette`.
 * Each SVG is tagged on first sight (`data-audited`), so a later audit can tell whether it
 * is still the same element: a scheme switch must not redraw it.
 */
export function auditFigures({ no, palette }: { no: number, palette: string[] }): (FigureAudit & { seen: boolean })[] {
  const slide = document.querySelector(`.slidev-page-${no}`) as HTMLElement
  const slideScale = slide.getBoundingClientRect().width / slide.offsetWidth
  const probe = document.createElement('div')
  slide.append(probe)
  const resolved = new Set(palette.map((name) => {
    probe.style.color = `var(--${name})`
    return getComputedStyle(probe).color
  }))
  probe.remove()
  // Overlaps under a pixel are the fonts' own line gaps meeting, not labels colliding.
  const meet = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1
  const inside = (outer: DOMRect, inner: DOMRect) => inner.left >= outer.left - 1 && inner.right <= outer.right + 1 && inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1
  const words = (el: Element) => `"${(el.textContent ?? '').replace(/\s+/g, ' ').trim()}"`

  return Array.from(slide.querySelectorAll('[data-diagram], [data-chart], [data-timeline]'), (figure) => {
    const svg = figure.querySelector('svg')!
    const seen = svg.hasAttribute('data-audited')
    svg.setAttribute('data-audited', '')
    const scale = svg.getBoundingClientRect().width / slideScale / svg.viewBox.baseVal.width
    const texts = [...svg.querySelectorAll('text')]
    const boxes = texts.map(t => t.getBoundingClientRect())
    const colours = new Set<string>()
    for (const el of svg.querySelectorAll('rect, path, circle, line, text')) {
      const style = getComputedStyle(el)
      // A line has no inside: its computed fill (black by default) is never painted.
      for (const paint of el.tagName === 'line' ? [style.stroke] : [style.fill, style.stroke]) {
        if (paint !== 'none' && !(paint === style.stroke && Number.parseFloat(style.strokeWidth) === 0))
          colours.add(paint)
      }
    }
    return {
      id: figure.getAttribute('data-diagram') ?? figure.getAttribute('data-chart') ?? `timeline ${figure.getAttribute('data-timeline')}`,
      seen,
      labels: texts.map(t => ({ text: (t.textContent ?? '').replace(/\s+/g, ' ').trim(), px: Number.parseFloat(getComputedStyle(t).fontSize) * scale })),
      overlaps: texts.flatMap((a, i) => texts.slice(i + 1).filter((_, k) => meet(boxes[i], boxes[i + 1 + k])).map(b => `${words(a)} × ${words(b)}`)),
      // Diagram labels sit in shapes (Mermaid's node, cluster or edge label background); a
      // chart's value stands above its bar, outside it by design.
      spills: !figure.hasAttribute('data-diagram')
        ? []
        : texts.flatMap((t, i) => {
            const shape = t.closest('g.node, g.cluster, g.edgeLabel')?.querySelector(':scope > rect, :scope > polygon, :scope > path, rect.background')
            return shape && !inside(shape.getBoundingClientRect(), boxes[i]) ? [words(t)] : []
          }),
      colours: [...colours].sort(),
      foreign: [...colours].filter(c => !resolved.has(c)),
    }
  })
}

/**
 * The words a reader sees on slide `no`, leaving out what figures draw, what only a screen
 * reader hears, and the source links (citations, one host name each, not prose).
 */
export function visibleWords(no: number): number {
  const layout = document.querySelector(`.slidev-page-${no} .slidev-layout`)!.cloneNode(true) as HTMLElement
  layout.querySelectorAll('svg, .sr-only, a[href^="http"]').forEach(e => e.remove())
  document.body.append(layout)
  // eslint-disable-next-line unicorn/prefer-dom-node-text-content -- the words a reader sees: innerText leaves hidden text out
  const words = layout.innerText.split(/\s+/).filter(w => /\w/.test(w)).length
  layout.remove()
  return words
}
