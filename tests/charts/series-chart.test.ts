import type { Series } from '../../data/schema'
import { describe, expect, it } from 'vitest'
import { pointValue, seriesChart, VALUE_FONT } from '../../charts/series-chart'
import { textWidth } from '../../charts/text-metrics'
import { article } from '../deck-under-test'

const crude = article.series.find(s => s.id === 'india-russian-crude')!
const events = article.context.filter(e => ['rosneft-lukoil-sanctions', 'hormuz-closure'].includes(e.id))
const chart = seriesChart(crude, { from: '2025-06', to: '2026-03', events })

describe('pointValue', () => {
  it('writes a value, a range and a percentage', () => {
    expect(pointValue({ value: 1.5, unit: 'mb/d' })).toBe('1.5 mb/d')
    expect(pointValue({ low: 1.1, high: 1.27, unit: 'mb/d' })).toBe('1.1–1.27 mb/d')
    expect(pointValue({ value: 12.5, unit: '%' })).toBe('12.5%')
  })
})

describe('seriesChart', () => {
  it('marks every figure in the window, in time order, inside the plot', () => {
    const inWindow = crude.points.filter(p => p.period >= '2025-06')
    expect(chart.marks.map(m => m.value)).toEqual(inWindow.map(pointValue))
    const xs = chart.marks.map(m => m.x)
    expect([...xs].sort((a, b) => a - b)).toEqual(xs)
    for (const m of chart.marks) {
      expect(m.x).toBeGreaterThan(chart.plot.left)
      expect(m.x).toBeLessThan(chart.plot.right)
      expect(m.y).toBeGreaterThanOrEqual(chart.plot.top)
      expect(m.y).toBeLessThanOrEqual(chart.plot.bottom)
    }
  })

  it('draws higher figures higher, and a range as a bar around its middle', () => {
    const byPeriod = (label: string) => chart.marks.find(m => m.period === label)!
    expect(byPeriod('Jun 2025').y).toBeLessThan(byPeriod('Jan 2026').y)
    const dec = byPeriod('Dec 2025')
    expect(dec.low).toBeGreaterThan(dec.y)
    expect(dec.high).toBeLessThan(dec.y)
    expect(dec.confidence).toBe('contested')
  })

  it('joins consecutive months only: a month without a figure breaks the line', () => {
    // Sep to Nov 2025 has no October figure.
    expect(chart.line.match(/M/g)).toHaveLength(2)
    expect(chart.line.startsWith('M')).toBe(true)
  })

  it('keeps each value clear of the line, the event lines and the other values', () => {
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
    for (const box of boxes) {
      const inside = (x: number, y: number) => x >= box.x1 && x <= box.x2 && y >= box.y1 && y <= box.y2
      for (const [a, b] of segments) {
        for (let t = 0; t <= 1; t += 0.01)
          expect(inside(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)), `${box.text} and the line from ${a.x},${a.y}`).toBe(false)
      }
      for (const other of boxes.filter(o => o !== box))
        expect(box.x1 < other.x2 && other.x1 < box.x2 && box.y1 < other.y2 && other.y1 < box.y2, `${box.text} and ${other.text}`).toBe(false)
    }
    // Where nothing is in the way, the value sits centred above its mark.
    expect(chart.marks.find(m => m.period === 'Jun 2025')!.label).toMatchObject({ anchor: 'middle', text: '2.08' })
  })

  it('turns figures before the window into a labelled reference line', () => {
    expect(chart.references).toEqual([{ y: expect.any(Number), label: 'Jan 2022, before the invasion of Ukraine: 0.068 mb/d' }])
  })

  it('puts each event on the axis at its date, between the months around it', () => {
    const sanctions = chart.events.find(e => e.id === 'rosneft-lukoil-sanctions')!
    const [sep, nov] = ['Sep 2025', 'Nov 2025'].map(p => chart.marks.find(m => m.period === p)!.x)
    expect(sanctions.x).toBeGreaterThan(sep)
    expect(sanctions.x).toBeLessThan(nov)
    expect(sanctions.date).toBe('22 Oct 2025')
  })

  it('has round value ticks from zero above the highest figure', () => {
    expect(chart.yTicks.map(t => t.label)).toEqual(['0', '0.5', '1', '1.5', '2', '2.5'])
  })

  it('keeps every figure, with its note, confidence and sources, in the text alternative', () => {
    expect(chart.table).toHaveLength(crude.points.length)
    expect(chart.table.find(r => r.period === 'Feb 2026')).toMatchObject({ value: '1.04–1.117 mb/d', confidence: 'contested' })
    // The figures' sources, then those of the events marked on the axis.
    expect(chart.sources).toEqual([...new Set([...crude.points.flatMap(p => p.sources), ...events.flatMap(e => e.sources)])])
  })

  it('ends at the newest figure unless told otherwise', () => {
    expect(seriesChart(crude, { from: '2025-06', events }).xTicks.at(-1)!.label).toBe(chart.xTicks.at(-1)!.label)
    expect(seriesChart(crude, { from: '2025-06', to: '2025-12' }).marks.at(-1)!.period).toBe('Dec 2025')
  })

  it('refuses a window that ends before it starts', () => {
    expect(() => seriesChart(crude as Series, { from: '2026-03', to: '2025-05' })).toThrow(/must not come before/)
  })
})
