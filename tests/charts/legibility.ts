import type { Box } from '../../charts/label-place'
import type { SeriesChart } from '../../charts/series-chart'
import type { StepChart } from '../../charts/step-chart'
import { overlaps } from '../../charts/label-place'
import { VALUE_FONT } from '../../charts/series-chart'
import { textWidth } from '../../charts/text-metrics'

// Whether a laid-out chart can be read, judged from its geometry by the same width estimate
// the layout used: each check names what fails it, so a test expects none. The engine's tests
// ask it of the fixture's charts, a deck's tests of the charts its slides draw.

/** A step chart's labels and ticks that leave the drawing, touch each other, or touch its line or an event's marker. */
export function stepChartClashes(chart: StepChart): string[] {
  const text = [
    ...chart.labels.map(l => ({ what: l.lines.map(x => x.lead + x.text).join(' '), box: l.box })),
    ...[...chart.xTicks, ...chart.yTicks].map(t => ({ what: t.label, box: t.box })),
  ]
  const line = chart.steps.flatMap((s, i) => [
    { x1: s.x1, y1: s.y - 1.5, x2: s.x2, y2: s.y + 1.5 },
    ...(i ? [{ x1: s.x1 - 1.5, y1: Math.min(s.y, chart.steps[i - 1].y), x2: s.x1 + 1.5, y2: Math.max(s.y, chart.steps[i - 1].y) }] : []),
  ])
  const markers = chart.events.map(e => ({ x1: e.x - 1, y1: e.top, x2: e.x + 1, y2: chart.plot.bottom }))
  const outside = (b: Box) => b.x1 < 0 || b.y1 < 0 || b.x2 > chart.width || b.y2 > chart.height
  return text.flatMap(({ what, box }, i) => [
    ...outside(box) ? [`${what}: outside the chart`] : [],
    ...text.slice(i + 1).filter(o => overlaps(box, o.box)).map(o => `${what}: on ${o.what}`),
    ...[...line, ...markers].some(s => overlaps(box, s)) ? [`${what}: on the line or a marker`] : [],
  ])
}

/** A line chart's values that touch the line, an event's line or another value. */
export function valueClashes(chart: SeriesChart): string[] {
  const points = Array.from(chart.line.matchAll(/([ML])([\d.]+) ([\d.]+)/g), m => ({ move: m[1] === 'M', x: Number(m[2]), y: Number(m[3]) }))
  const segments = [
    ...points.slice(1).flatMap((b, i) => b.move ? [] : [[points[i], b]]),
    ...chart.events.map(e => [{ x: e.x, y: chart.plot.top }, { x: e.x, y: chart.plot.bottom }]),
  ]
  const boxes = chart.marks.map(({ label }) => {
    const width = textWidth(label.text, VALUE_FONT, 700)
    const x1 = label.anchor === 'middle' ? label.x - width / 2 : label.anchor === 'end' ? label.x - width : label.x
    return { text: label.text, x1, x2: x1 + width, y1: label.y - 0.75 * VALUE_FONT, y2: label.y }
  })
  // Sampled every hundredth of a segment: a line through a label's box shows up.
  const crosses = (box: Box, a: { x: number, y: number }, b: { x: number, y: number }) => Array.from({ length: 101 }, (_, t) => t / 100)
    .some((t) => {
      const [x, y] = [a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)]
      return x >= box.x1 && x <= box.x2 && y >= box.y1 && y <= box.y2
    })
  return boxes.flatMap((box, i) => [
    ...segments.filter(([a, b]) => crosses(box, a, b)).map(([a]) => `${box.text}: on the line from ${a.x},${a.y}`),
    ...boxes.slice(i + 1).filter(o => overlaps(box, o)).map(o => `${box.text}: on ${o.text}`),
  ])
}
