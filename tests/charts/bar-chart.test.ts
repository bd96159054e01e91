import type { Series } from '../../data/schema'
import { describe, expect, it } from 'vitest'
import { barChart } from '../../charts/bar-chart'
import { article } from '../deck-under-test'

const trade = article.series.find(s => s.id === 'india-russia-trade')!
const chart = barChart(trade)

describe('barChart', () => {
  it('draws one bar per figure, left to right in time order, inside the chart', () => {
    expect(chart.bars.map(b => b.period)).toEqual(['FY2021–22', 'FY2023–24', 'FY2024–25'])
    const xs = chart.bars.map(b => b.x)
    expect([...xs].sort((a, b) => a - b)).toEqual(xs)
    for (const b of chart.bars) {
      expect(b.x).toBeGreaterThanOrEqual(0)
      expect(b.x + b.width).toBeLessThanOrEqual(chart.width)
    }
  })

  it('keeps a year without a figure as an empty slot, so FY2021-22 and FY2023-24 are not drawn side by side', () => {
    expect(chart.gaps).toHaveLength(1)
    const [first, second] = chart.bars
    expect(chart.gaps[0].x).toBeGreaterThan(first.x)
    expect(chart.gaps[0].x).toBeLessThan(second.x)
    expect(second.x - chart.gaps[0].x).toBeCloseTo(chart.gaps[0].x - first.x, 5)
    const arms = barChart(article.series.find(s => s.id === 'russia-share-india-arms')!)
    expect(arms.gaps).toHaveLength(1)
  })

  it('sizes bars from a common zero baseline, the largest reaching the top', () => {
    const heights = chart.bars.map(b => chart.baseline - b.y)
    expect(heights[2]).toBeGreaterThan(heights[1])
    expect(heights[1] / heights[0]).toBeCloseTo(65.7 / 8.73, 1)
    expect(Math.min(...chart.bars.map(b => b.y))).toBe(36)
  })

  it('draws a range as a bar to its low end and a whisker to its high end', () => {
    const ranged: Series = { ...trade, points: [trade.points[0], { ...trade.points[1], value: undefined, low: 60, high: 65.7 }] }
    const [, bar] = barChart(ranged).bars
    expect(bar.value).toBe('60–65.7 USD bn')
    expect(bar.high).toBeLessThan(bar.y)
  })

  it('keeps every figure with its sources in the text alternative', () => {
    expect(chart.table.map(r => r.value)).toEqual(['8.73 USD bn', '65.7 USD bn', '68.7 USD bn'])
    expect(chart.sources).toEqual([...new Set(trade.points.flatMap(p => p.sources))])
  })
})
