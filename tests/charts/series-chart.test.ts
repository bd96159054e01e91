import type { Series } from '../../data/schema'
import { describe, expect, it } from 'vitest'
import { pointValue, seriesChart } from '../../charts/series-chart'
import { eventById, seriesById } from '../../data'
import { article } from '../fixture-deck'
import { valueClashes } from './legibility'

const footfall = seriesById(article, 'footfall')
const events = ['tender-opened', 'cost-dispute'].map(id => eventById(article, id))
const chart = seriesChart(footfall, { from: '2026-01', to: '2026-05', events })

describe('pointValue', () => {
  it('writes a value, a range and a percentage', () => {
    expect(pointValue({ value: 1.5, unit: 'km' })).toBe('1.5 km')
    expect(pointValue({ low: 1.1, high: 1.27, unit: 'km' })).toBe('1.1–1.27 km')
    expect(pointValue({ value: 12.5, unit: '%' })).toBe('12.5%')
  })
})

describe('seriesChart', () => {
  it('marks every figure in the window, in time order, inside the plot', () => {
    const inWindow = footfall.points.filter(p => p.period >= '2026-01')
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
    expect(byPeriod('Mar 2026').y).toBeLessThan(byPeriod('Jan 2026').y)
    const may = byPeriod('May 2026')
    expect(may.low).toBeGreaterThan(may.y)
    expect(may.high).toBeLessThan(may.y)
    expect(may.confidence).toBe('contested')
  })

  it('joins consecutive months only: a month without a figure breaks the line', () => {
    // Mar to May 2026 has no April figure.
    expect(chart.line.match(/M/g)).toHaveLength(2)
    expect(chart.line.startsWith('M')).toBe(true)
  })

  it('keeps each value clear of the line, the event lines and the other values', () => {
    expect(valueClashes(chart)).toEqual([])
    // Where nothing is in the way, the value sits centred above its mark.
    expect(chart.marks.find(m => m.period === 'Jan 2026')!.label).toMatchObject({ anchor: 'middle', text: '1200' })
    // The second event's line runs through May's centred spot, so that value moves aside.
    expect(chart.marks.find(m => m.period === 'May 2026')!.label.anchor).not.toBe('middle')
  })

  it('turns figures before the window into a labelled reference line', () => {
    expect(chart.references).toEqual([{ y: expect.any(Number), label: 'Mar 2025, a year before the vote: 900 people' }])
  })

  it('puts each event on the axis at its date, between the months around it', () => {
    const tender = chart.events.find(e => e.id === 'tender-opened')!
    const [mar, may] = ['Mar 2026', 'May 2026'].map(p => chart.marks.find(m => m.period === p)!.x)
    expect(tender.x).toBeGreaterThan(mar)
    expect(tender.x).toBeLessThan(may)
    expect(tender.date).toBe('2 Apr 2026')
  })

  it('has round value ticks from zero above the highest figure', () => {
    expect(chart.yTicks.map(t => t.label)).toEqual(['0', '500', '1000', '1500'])
  })

  it('keeps every figure, with its note, confidence and sources, in the text alternative', () => {
    expect(chart.table).toHaveLength(footfall.points.length)
    expect(chart.table.find(r => r.period === 'May 2026')).toMatchObject({ value: '1150–1350 people', note: 'two counts disagree', confidence: 'contested' })
    // The figures' sources, then those of the events marked on the axis.
    expect(chart.sources).toEqual([...new Set([...footfall.points.flatMap(p => p.sources), ...events.flatMap(e => e.sources)])])
  })

  it('ends at the newest figure unless told otherwise', () => {
    expect(seriesChart(footfall, { from: '2026-01', events }).xTicks.at(-1)!.label).toBe(chart.xTicks.at(-1)!.label)
    expect(seriesChart(footfall, { from: '2026-01', to: '2026-03' }).marks.at(-1)!.period).toBe('Mar 2026')
  })

  it('refuses a window that ends before it starts', () => {
    expect(() => seriesChart(footfall as Series, { from: '2026-03', to: '2025-05' })).toThrow(/must not come before/)
  })
})
