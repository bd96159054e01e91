import type { Series } from '../../data/schema'
import { describe, expect, it } from 'vitest'
import { barChart } from '../../charts/bar-chart'
import { seriesById } from '../../data'
import { article } from '../fixture-deck'

const share = seriesById(article, 'walk-share')
const chart = barChart(share)

describe('barChart', () => {
  it('draws one bar per figure, left to right in time order, inside the chart', () => {
    expect(chart.bars.map(b => b.period)).toEqual(['2022', '2024', '2025'])
    const xs = chart.bars.map(b => b.x)
    expect([...xs].sort((a, b) => a - b)).toEqual(xs)
    for (const b of chart.bars) {
      expect(b.x).toBeGreaterThanOrEqual(0)
      expect(b.x + b.width).toBeLessThanOrEqual(chart.width)
    }
  })

  it('keeps a year without a figure as an empty slot, so 2022 and 2024 are not drawn side by side', () => {
    expect(chart.gaps).toHaveLength(1)
    const [first, second] = chart.bars
    expect(chart.gaps[0].x).toBeGreaterThan(first.x)
    expect(chart.gaps[0].x).toBeLessThan(second.x)
    expect(second.x - chart.gaps[0].x).toBeCloseTo(chart.gaps[0].x - first.x, 5)
    // Spans of years keep their slots too: 2015–19 has no figure here.
    const spans = barChart({ ...share, points: [{ ...share.points[0], period: '2010/2014' }, { ...share.points[1], period: '2020/2024' }] })
    expect(spans.gaps).toHaveLength(1)
  })

  it('sizes bars from a common zero baseline, the largest reaching the top', () => {
    const heights = chart.bars.map(b => chart.baseline - b.y)
    expect(heights[2]).toBeGreaterThan(heights[1])
    expect(heights[1] / heights[0]).toBeCloseTo(38 / 31, 1)
    expect(Math.min(...chart.bars.map(b => b.y))).toBe(36)
  })

  it('draws a range as a bar to its low end and a whisker to its high end', () => {
    const ranged: Series = { ...share, points: [share.points[0], { ...share.points[1], value: undefined, low: 35, high: 38 }] }
    const [, bar] = barChart(ranged).bars
    expect(bar.value).toBe('35–38%')
    expect(bar.high).toBeLessThan(bar.y)
  })

  it('keeps every figure with its sources in the text alternative', () => {
    expect(chart.table.map(r => r.value)).toEqual(['31%', '38%', '41%'])
    expect(chart.sources).toEqual([...new Set(share.points.flatMap(p => p.sources))])
  })
})
