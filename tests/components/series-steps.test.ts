// @vitest-environment happy-dom
import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { chartSources } from '../../charts/series-chart'
import SeriesSteps from '../../components/SeriesSteps.vue'
import StepBars from '../../components/StepBars.vue'
import { eventById, formatDate, hostOf, seriesById } from '../../data'
import { article } from '../fixture-deck'
import { mountInDeck } from './mount'

enableAutoUnmount(afterEach)

const toll = seriesById(article, 'toll')
const props = { id: toll.id, from: '2025-04', to: '2026-12', events: ['tender-opened', 'toll-ends'], until: 'toll-ends' }
// A label's lines (its outer tspans) joined by spaces.
const textOf = (w: ReturnType<typeof mountInDeck>, selector: string) => w.findAll(selector).map(t => Array.from(t.element.children, line => line.textContent).join(' '))

describe('seriesSteps', () => {
  it('draws a step per rate in force, dashed where contested, and the rest as marked levels', () => {
    const w = mountInDeck(SeriesSteps, props)
    expect(w.findAll('g.step')).toHaveLength(toll.points.filter(p => !p.status).length)
    expect(w.findAll('g.step.contested').map(s => s.attributes('data-period'))).toEqual(['13 Apr 2026'])
    expect(w.findAll('g.level').map(l => l.classes().filter(c => c !== 'level'))).toEqual([['agreed'], ['proposed']])
    expect(textOf(w, 'text.label-level')).toEqual(['70 cents, 12 Jan 2026 agreed, contested', '60 cents, 2 Mar 2026 proposed, not in force'])
    expect(textOf(w, 'text.label-step.contested')).toEqual(['20 cents from 13 Apr 2026 contested'])
    expect(w.find('figcaption').text()).toContain(`The line stops where the record ends (${formatDate(article.meta.recordThrough)}).`)
  })

  it('marks its events on the axis, each with its label and date', () => {
    const w = mountInDeck(SeriesSteps, props)
    expect(w.findAll('line.marker').map(l => l.attributes('data-event'))).toEqual(props.events)
    expect(w.find('text[data-label="tender-opened"]').text()).toContain('2 Apr 2026')
    expect(w.find('text[data-label="toll-ends"]').text()).toContain('scheduled')
  })

  it('is drawn at its own size, so its 16 px labels stay 16 px on the slide', () => {
    const w = mountInDeck(SeriesSteps, props)
    const svg = w.find('svg')
    const width = Number(svg.attributes('viewBox')!.split(' ')[2])
    expect(svg.attributes('style')).toContain(`width: ${width}px`)
    expect(svg.attributes('style')).toContain('font-size: 16px')
  })

  it('shows its sources and tables every figure, with a title for screen readers', () => {
    const w = mountInDeck(SeriesSteps, props)
    expect(w.findAll('figcaption a').map(a => a.attributes('href'))).toEqual(chartSources(toll, props.events.map(id => eventById(article, id))))
    const rows = w.findAll('tbody tr')
    expect(rows).toHaveLength(toll.points.length)
    expect(rows[2].text()).toContain('not shown to have taken effect')
    expect(rows[2].text()).toContain(toll.points[2].sources.map(hostOf).join(', '))
    expect(w.find('svg').attributes('aria-labelledby')).toBe(w.find('svg title').attributes('id'))
    expect(w.find('svg title').text()).toContain(toll.title)
  })

  it('fails loudly for an unknown series or event', () => {
    expect(() => mountInDeck(SeriesSteps, { ...props, id: 'no-such-series' })).toThrow(/Unknown series id/)
    expect(() => mountInDeck(SeriesSteps, { ...props, events: ['no-such-event'] })).toThrow(/Unknown event id/)
  })
})

describe('stepBars, compact', () => {
  it('lays the article\'s steps across, one under the other, each bar its share of the highest', () => {
    const w = mountInDeck(StepBars, { compact: true })
    expect(w.find('.step-bars').classes()).toContain('compact')
    expect(w.find('.columns').attributes('style')).toContain('grid-template-columns: 1fr')
    const max = Math.max(...article.steps!.items.map(s => s.value))
    const bars = w.findAll('.bar')
    article.steps!.items.forEach((s, i) => {
      expect(bars[i].attributes('style')).toBe(`width: ${(s.value / max) * 100}%;`)
      expect(w.findAll('[data-step]')[i].text()).toContain(s.when)
    })
  })
})
