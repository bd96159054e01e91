import type { StepChartOptions } from '../../charts/step-chart'
import type { Series } from '../../data/schema'
// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { overlaps } from '../../charts/label-place'
import { pointValue } from '../../charts/series-chart'
import { gridlinePieces, stepChart } from '../../charts/step-chart'
import SeriesSteps from '../../components/SeriesSteps.vue'
import { eventById, seriesById } from '../../data'
import { periodOf } from '../../data/period'
import { mountInDeck } from '../components/mount'
import { article } from '../fixture-deck'
import { stepChartClashes } from './legibility'

// The toll up to the day its end is scheduled, with the tender marked on the way.
const toll = seriesById(article, 'toll')
const eventIds = ['tender-opened', 'toll-ends']
const options: StepChartOptions = { from: '2025-04', to: '2026-12', events: eventIds.map(id => eventById(article, id)), until: 'toll-ends', recordThrough: article.meta.recordThrough }
const chart = stepChart(toll, options)

// The axis worked out independently: days from 1 Apr 2025 to 1 Jan 2027, value from 0 to the highest figure.
const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000
const share = (iso: string) => (day(iso) - day('2025-04-01')) / (day('2027-01-01') - day('2025-04-01'))
const xOf = (iso: string) => chart.plot.left + share(iso) * (chart.plot.right - chart.plot.left)
const yOf = (v: number) => chart.plot.bottom - v / Math.max(...toll.points.map(p => p.value!)) * (chart.plot.bottom - chart.plot.top)
const inForce = toll.points.filter(p => !p.status)
const notInForce = toll.points.filter(p => p.status)

describe('stepChart', () => {
  it('makes a step of every reported figure: x from its date, y from its value', () => {
    expect(chart.steps.map(s => s.value)).toEqual(inForce.map(pointValue))
    chart.steps.forEach((s, i) => {
      expect(s.x1).toBeCloseTo(xOf(periodOf(inForce[i].period).start), 0)
      expect(s.y).toBeCloseTo(yOf(inForce[i].value!), 0)
      // Each step runs until the next one starts.
      if (i > 0)
        expect(s.x1).toBe(chart.steps[i - 1].x2)
    })
    expect(chart.steps.find(s => s.period === '2 Jun 2025')!.d).toMatch(/^M[\d.]+ [\d.]+V[\d.]+H[\d.]+$/)
  })

  it('ticks the value axis at every rate in force, and months at their first day, the first named with its year', () => {
    const rates = [...new Set([0, ...inForce.map(p => p.value!)])].sort((a, b) => a - b)
    expect(chart.yTicks.map(t => t.label)).toEqual(rates.map(r => `${r} cents`))
    chart.yTicks.forEach((t, i) => expect(t.position).toBeCloseTo(yOf(rates[i]), 0))
    expect(chart.xTicks.map(t => t.label)).toEqual(['Jul 2025', 'Jan 2026', 'Jul'])
    expect(chart.xTicks[1].position).toBeCloseTo(xOf('2026-01-01'), 0)
    // A new rate in the data is a new tick, with no edit to the chart.
    const more: Series = { ...toll, points: [...toll.points.slice(0, 2), { ...toll.points[1], period: '2025-09-15', value: 55 }, ...toll.points.slice(2)] }
    expect(stepChart(more, options).yTicks.map(t => t.label)).toContain('55 cents')
  })

  it('names no month so near the right edge that its name would spill off the chart', () => {
    // The window ends with January's first days: its name would run past the edge.
    for (const to of ['2026-12', '2027-01']) {
      const ending = stepChart(toll, { ...options, to })
      expect(ending.xTicks.filter(t => t.box.x2 > ending.width), to).toEqual([])
      expect(ending.xTicks.length, to).toBeGreaterThan(1)
    }
  })

  it('keeps the agreed 70 cents and the proposed 60 cents off the line, as levels that say so', () => {
    expect(notInForce.map(p => p.status)).toEqual(['agreed', 'proposed'])
    expect(chart.steps.map(s => s.value)).not.toContain('70 cents')
    expect(chart.steps.map(s => s.value)).not.toContain('60 cents')
    expect(chart.levels.map(l => [l.value, l.status])).toEqual([['70 cents', 'agreed'], ['60 cents', 'proposed']])
    for (const l of chart.levels) {
      // Where the level stands, the line stands elsewhere.
      const step = chart.steps.find(s => s.x1 <= l.x && l.x < s.x2)!
      expect(step.y).not.toBe(l.y)
      expect(l.x).toBeCloseTo(xOf(periodOf(toll.points.find(p => pointValue(p) === l.value)!.period).start), 0)
    }
    const words = (period: string) => chart.labels.find(l => l.kind === 'level' && l.for === period)!.lines.map(l => l.lead + l.text).join(' ')
    expect(words('12 Jan 2026')).toBe('70 cents, 12 Jan 2026 agreed, contested')
    expect(words('2 Mar 2026')).toMatch(/^60 cents, 2 Mar 2026 proposed, not in force$/)
  })

  it('flags the contested 20 cents in force, in style and in words', () => {
    expect(chart.steps.filter(s => s.contested).map(s => s.period)).toEqual(['13 Apr 2026'])
    const label = chart.labels.find(l => l.kind === 'step' && l.for === '13 Apr 2026')!
    expect(label.contested).toBe(true)
    expect(label.lines.map(l => l.text)).toContain('contested')
    expect(chart.labels.filter(l => l.kind === 'step' && !l.contested).every(l => l.lines.every(x => !x.text.includes('contested')))).toBe(true)
  })

  it('marks the events on the axis and stops the line where the record ends, before the scheduled end, where the caption says so', () => {
    expect(chart.events.map(e => e.id)).toEqual(eventIds)
    chart.events.forEach((e, i) => expect(e.x).toBeCloseTo(xOf(options.events![i].date), 0))
    const scheduled = chart.events.find(e => e.id === 'toll-ends')!
    const recordEnd = xOf(article.meta.recordThrough)
    expect(chart.steps.at(-1)!.x2).toBeCloseTo(recordEnd, 0)
    expect(Math.max(...chart.steps.map(s => s.x2))).toBeLessThan(scheduled.x)
    expect(chart.end).toEqual({ x: chart.steps.at(-1)!.x2, y: chart.steps.at(-1)!.y })
    expect(chart.labels.find(l => l.for === 'toll-ends')!.lines.at(-1)!.text).toBe('31 Dec 2026, scheduled')
    // Told only of the scheduled end, the line stops there.
    const scheduledOnly = stepChart(toll, { ...options, recordThrough: undefined })
    expect(scheduledOnly.steps.at(-1)!.x2).toBe(scheduledOnly.events.find(e => e.id === 'toll-ends')!.x)
    // Without a stop, the line runs to the window's end and nothing is said after it.
    const open = stepChart(toll, { ...options, until: undefined, recordThrough: undefined })
    expect(open.steps.at(-1)!.x2).toBe(open.plot.right)
    expect(open.end).toBeUndefined()
  })

  it('sets every label at 16 px, inside the chart, clear of the line, the marks and each other (by the width estimate)', () => {
    expect(chart.fontSize).toBeGreaterThanOrEqual(16)
    expect(chart.crowded).toEqual([])
    expect(stepChartClashes(chart)).toEqual([])
  })

  it('keeps every figure, with its sources, in the text alternative', () => {
    expect(chart.table).toHaveLength(toll.points.length)
    expect(chart.table.find(r => r.period === '12 Jan 2026')).toMatchObject({ value: '70 cents', confidence: 'contested' })
    expect(chart.sources).toEqual([...new Set([...toll.points.flatMap(p => p.sources), ...options.events!.flatMap(e => e.sources)])])
  })

  it('refuses what it cannot draw honestly', () => {
    expect(() => stepChart(toll, { ...options, until: 'opening' })).toThrow(/must be one of its events/)
    expect(() => stepChart(toll, { ...options, to: '2026-11' })).toThrow(/falls outside the window/)
    expect(() => stepChart(toll, { ...options, from: '2026-12', to: '2025-04' })).toThrow(/must not come before/)
    expect(() => stepChart(toll, { ...options, until: 'tender-opened' })).toThrow(/comes after the line's end/)
  })

  it('still draws a chart too small for its labels, naming the labels it had to crowd', () => {
    const small = stepChart(toll, { ...options, width: 480 })
    expect(small.labels).toHaveLength(chart.labels.length)
    expect(small.crowded.length).toBeGreaterThan(0)
    expect(() => stepChart(toll, { ...options, width: 120 })).toThrow(/larger than the chart/)
  })

  it('renders the same SVG as last time', async () => {
    const w = mountInDeck(SeriesSteps, { id: toll.id, from: '2025-04', to: '2026-12', events: eventIds, until: 'toll-ends' })
    // Without Vue's scoped-style attributes: the snapshot is the drawing, not the build's ids.
    await expect(w.find('svg').html().replace(/ data-v-[\w-]+=""/g, '')).toMatchFileSnapshot('./__snapshots__/toll.svg')
  })
})

describe('gridlinePieces', () => {
  it('breaks a gridline around each label it would strike through, and keeps it whole elsewhere', () => {
    const box = { x1: 100, y1: 40, x2: 200, y2: 60 }
    expect(gridlinePieces(50, 0, 400, [box])).toEqual([{ y: 50, from: 0, to: 96 }, { y: 50, from: 204, to: 400 }])
    expect(gridlinePieces(90, 0, 400, [box])).toEqual([{ y: 90, from: 0, to: 400 }])
    expect(gridlinePieces(50, 0, 400, [box, { x1: 150, y1: 45, x2: 420, y2: 55 }])).toEqual([{ y: 50, from: 0, to: 96 }])
  })

  it('leaves no gridline of the toll chart through a label', () => {
    for (const g of chart.gridlines) {
      for (const l of chart.labels)
        expect(overlaps({ x1: g.from, y1: g.y, x2: g.to, y2: g.y }, l.box), `${g.y} and ${l.for}`).toBe(false)
    }
    expect(new Set(chart.gridlines.map(g => g.y)).size).toBe(chart.yTicks.filter(t => t.position < chart.plot.bottom).length)
  })
})
