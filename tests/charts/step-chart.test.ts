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
import { article } from '../deck-under-test'

// As the record slide draws it.
const tariff = seriesById(article, 'us-tariff-india')
const eventIds = ['supreme-court-ieepa', 'section-122-end']
const options: StepChartOptions = { from: '2025-04', to: '2026-09', events: eventIds.map(id => eventById(article, id)), until: 'section-122-end', recordThrough: article.meta.recordThrough }
const chart = stepChart(tariff, options)

// The axis worked out independently: days from 1 Apr 2025 to 1 Oct 2026, value from 0 to the highest figure.
const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000
const share = (iso: string) => (day(iso) - day('2025-04-01')) / (day('2026-10-01') - day('2025-04-01'))
const xOf = (iso: string) => chart.plot.left + share(iso) * (chart.plot.right - chart.plot.left)
const yOf = (v: number) => chart.plot.bottom - v / Math.max(...tariff.points.map(p => p.value!)) * (chart.plot.bottom - chart.plot.top)
const inForce = tariff.points.filter(p => !p.status)
const notInForce = tariff.points.filter(p => p.status)
const allText = () => [...chart.labels.map(l => ({ what: l.lines.map(x => x.lead + x.text).join(' '), box: l.box })), ...[...chart.xTicks, ...chart.yTicks].map(t => ({ what: t.label, box: t.box }))]

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
    expect(chart.steps.find(s => s.period === '7 Aug 2025')!.d).toMatch(/^M[\d.]+ [\d.]+V[\d.]+H[\d.]+$/)
  })

  it('ticks the value axis at every rate in force, and months at their first day', () => {
    const rates = [...new Set([0, ...inForce.map(p => p.value!)])].sort((a, b) => a - b)
    expect(chart.yTicks.map(t => t.label)).toEqual(rates.map(r => `${r}%`))
    chart.yTicks.forEach((t, i) => expect(t.position).toBeCloseTo(yOf(rates[i]), 0))
    expect(chart.xTicks.map(t => t.label)).toEqual(['Apr 2025', 'Jul', 'Oct', 'Jan 2026', 'Apr', 'Jul'])
    expect(chart.xTicks[3].position).toBeCloseTo(xOf('2026-01-01'), 0)
    // A new rate in the data is a new tick, with no edit to the chart.
    const more: Series = { ...tariff, points: [...tariff.points.slice(0, 2), { ...tariff.points[1], period: '2025-08-15', value: 35 }, ...tariff.points.slice(2)] }
    expect(stepChart(more, options).yTicks.map(t => t.label)).toContain('35%')
  })

  it('keeps the agreed 18% and the proposed 12.5% off the line, as levels that say so', () => {
    expect(notInForce.map(p => p.status)).toEqual(['agreed', 'proposed'])
    expect(chart.steps.map(s => s.value)).not.toContain('18%')
    expect(chart.steps.map(s => s.value)).not.toContain('12.5%')
    expect(chart.levels.map(l => [l.value, l.status])).toEqual([['18%', 'agreed'], ['12.5%', 'proposed']])
    for (const l of chart.levels) {
      // Where the level stands, the line stands elsewhere.
      const step = chart.steps.find(s => s.x1 <= l.x && l.x < s.x2)!
      expect(step.y).not.toBe(l.y)
      expect(l.x).toBeCloseTo(xOf(periodOf(tariff.points.find(p => pointValue(p) === l.value)!.period).start), 0)
    }
    const words = (period: string) => chart.labels.find(l => l.kind === 'level' && l.for === period)!.lines.map(l => l.lead + l.text).join(' ')
    expect(words('2 Feb 2026')).toBe('18%, 2 Feb 2026 agreed, contested')
    expect(words('2 Jun 2026')).toMatch(/^12\.5%, 2 Jun 2026 proposed extra duty, not in force$/)
  })

  it('flags the contested 10% in force, in style and in words', () => {
    expect(chart.steps.filter(s => s.contested).map(s => s.period)).toEqual(['24 Feb 2026'])
    const label = chart.labels.find(l => l.kind === 'step' && l.for === '24 Feb 2026')!
    expect(label.contested).toBe(true)
    expect(label.lines.map(l => l.text)).toContain('contested')
    expect(chart.labels.filter(l => l.kind === 'step' && !l.contested).every(l => l.lines.every(x => !x.text.includes('contested')))).toBe(true)
  })

  it('marks the events on the axis and stops the line where the record ends, before the scheduled end, where the caption says so', () => {
    expect(chart.events.map(e => e.id)).toEqual(eventIds)
    chart.events.forEach((e, i) => expect(e.x).toBeCloseTo(xOf(options.events![i].date), 0))
    const scheduled = chart.events.find(e => e.id === 'section-122-end')!
    const recordEnd = xOf(article.meta.recordThrough)
    expect(chart.steps.at(-1)!.x2).toBeCloseTo(recordEnd, 0)
    expect(Math.max(...chart.steps.map(s => s.x2))).toBeLessThan(scheduled.x)
    expect(chart.end).toEqual({ x: chart.steps.at(-1)!.x2, y: chart.steps.at(-1)!.y })
    expect(chart.labels.find(l => l.for === 'section-122-end')!.lines.at(-1)!.text).toBe('24 Jul 2026, scheduled')
    // Told only of the scheduled end, the line stops there.
    const scheduledOnly = stepChart(tariff, { ...options, recordThrough: undefined })
    expect(scheduledOnly.steps.at(-1)!.x2).toBe(scheduledOnly.events.find(e => e.id === 'section-122-end')!.x)
    // Without a stop, the line runs to the window's end and nothing is said after it.
    const open = stepChart(tariff, { ...options, until: undefined, recordThrough: undefined })
    expect(open.steps.at(-1)!.x2).toBe(open.plot.right)
    expect(open.end).toBeUndefined()
  })

  it('sets every label at 16 px, inside the chart, clear of the line, the marks and each other (by the width estimate)', () => {
    expect(chart.fontSize).toBeGreaterThanOrEqual(16)
    expect(chart.crowded).toEqual([])
    const text = allText()
    for (const { what, box } of text) {
      expect(box.x1, what).toBeGreaterThanOrEqual(0)
      expect(box.y1, what).toBeGreaterThanOrEqual(0)
      expect(box.x2, what).toBeLessThanOrEqual(chart.width)
      expect(box.y2, what).toBeLessThanOrEqual(chart.height)
    }
    for (let i = 0; i < text.length; i++) {
      for (let j = i + 1; j < text.length; j++)
        expect(overlaps(text[i].box, text[j].box), `${text[i].what} / ${text[j].what}`).toBe(false)
    }
    const line = chart.steps.flatMap((s, i) => [
      { x1: s.x1, y1: s.y - 1.5, x2: s.x2, y2: s.y + 1.5 },
      ...(i ? [{ x1: s.x1 - 1.5, y1: Math.min(s.y, chart.steps[i - 1].y), x2: s.x1 + 1.5, y2: Math.max(s.y, chart.steps[i - 1].y) }] : []),
    ])
    const markers = chart.events.map(e => ({ x1: e.x - 1, y1: e.top, x2: e.x + 1, y2: chart.plot.bottom }))
    for (const { what, box } of text) {
      for (const segment of [...line, ...markers])
        expect(overlaps(box, segment), what).toBe(false)
    }
  })

  it('keeps every figure, with its sources, in the text alternative', () => {
    expect(chart.table).toHaveLength(tariff.points.length)
    expect(chart.table.find(r => r.period === '2 Feb 2026')).toMatchObject({ value: '18%', confidence: 'contested' })
    expect(chart.sources).toEqual([...new Set([...tariff.points.flatMap(p => p.sources), ...options.events!.flatMap(e => e.sources)])])
  })

  it('refuses what it cannot draw honestly', () => {
    expect(() => stepChart(tariff, { ...options, until: 'brics-summit' })).toThrow(/must be one of its events/)
    expect(() => stepChart(tariff, { ...options, to: '2026-08', events: [...options.events!, eventById(article, 'brics-summit')] })).toThrow(/falls outside the window/)
    expect(() => stepChart(tariff, { ...options, from: '2026-09', to: '2025-04' })).toThrow(/must not come before/)
    expect(() => stepChart(tariff, { ...options, until: 'supreme-court-ieepa' })).toThrow(/comes after the line's end/)
  })

  it('still draws a chart too small for its labels, naming the labels it had to crowd', () => {
    const small = stepChart(tariff, { ...options, width: 480 })
    expect(small.labels).toHaveLength(chart.labels.length)
    expect(small.crowded.length).toBeGreaterThan(0)
    expect(() => stepChart(tariff, { ...options, width: 120 })).toThrow(/larger than the chart/)
  })

  it('renders the same SVG as last time', async () => {
    const w = mountInDeck(SeriesSteps, { id: tariff.id, from: '2025-04', to: '2026-09', events: eventIds, until: 'section-122-end' })
    // Without Vue's scoped-style attributes: the snapshot is the drawing, not the build's ids.
    await expect(w.find('svg').html().replace(/ data-v-[\w-]+=""/g, '')).toMatchFileSnapshot('./__snapshots__/us-tariff-india.svg')
  })
})

describe('gridlinePieces', () => {
  it('breaks a gridline around each label it would strike through, and keeps it whole elsewhere', () => {
    const box = { x1: 100, y1: 40, x2: 200, y2: 60 }
    expect(gridlinePieces(50, 0, 400, [box])).toEqual([{ y: 50, from: 0, to: 96 }, { y: 50, from: 204, to: 400 }])
    expect(gridlinePieces(90, 0, 400, [box])).toEqual([{ y: 90, from: 0, to: 400 }])
    expect(gridlinePieces(50, 0, 400, [box, { x1: 150, y1: 45, x2: 420, y2: 55 }])).toEqual([{ y: 50, from: 0, to: 96 }])
  })

  it('leaves no gridline of the tariff chart through a label', () => {
    for (const g of chart.gridlines) {
      for (const l of chart.labels)
        expect(overlaps({ x1: g.from, y1: g.y, x2: g.to, y2: g.y }, l.box), `${g.y} and ${l.for}`).toBe(false)
    }
    expect(new Set(chart.gridlines.map(g => g.y)).size).toBe(chart.yTicks.filter(t => t.position < chart.plot.bottom).length)
  })
})
