// Whether a slide's figures are really drawn, in any engine: each figure's SVG measured in
// the page against the slide it sits on, and judged in Node. Chromium's journeys
// (journey.ts) and the other engines' (engines/slides.ts) share it.

export interface Drawn { figure: string, width: number, height: number, inside: boolean }

/** The figures to measure: diagrams only, or diagrams, charts and timelines. */
export const DIAGRAMS = '[data-diagram]'
export const FIGURES = '[data-diagram], [data-chart], [data-timeline]'

// Runs in the page: each figure matching `figures` on slide `no` and its drawing's size in
// slide pixels (the canvas is `canvas` px wide), so a scaled pane or window is judged alike.
export function figuresDrawn({ no, canvas, figures }: { no: number, canvas: number, figures: string }): Drawn[] {
  const slide = document.querySelector(`#slideshow > .slidev-page-${no}`)
  if (!slide)
    return []
  const box = slide.getBoundingClientRect()
  const scale = box.width / canvas
  return Array.from(slide.querySelectorAll(figures), (figure) => {
    const r = figure.querySelector('svg')?.getBoundingClientRect()
    const timeline = figure.getAttribute('data-timeline')
    return {
      figure: figure.hasAttribute('data-diagram') ? `diagram "${figure.getAttribute('data-diagram')}"` : figure.getAttribute('data-chart') ?? `timeline ${timeline}`,
      width: (r?.width ?? 0) / scale,
      height: (r?.height ?? 0) / scale,
      inside: !!r && r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1,
    }
  })
}

// A real drawing on the 980 px canvas; a figure sized while hidden comes out 0×0. A
// diagram of one row (three actors side by side) is drawn about 60 px high.
const MIN = { width: 200, height: 40 }

export const isDrawn = (d: Drawn): boolean => d.width > MIN.width && d.height > MIN.height && d.inside

/** What is wrong with each figure not drawn, as "<pane> <no>: …". */
export function notDrawn(drawn: Drawn[], no: number, pane = 'slide'): string[] {
  return drawn.filter(d => !isDrawn(d)).map(d =>
    `${pane} ${no}: ${d.figure} ${d.inside ? '' : 'is not inside the slide, '}drawn ${Math.round(d.width)}×${Math.round(d.height)} (needs over ${MIN.width}×${MIN.height})`)
}
