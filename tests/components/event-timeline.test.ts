// @vitest-environment happy-dom
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import EventTimeline from '../../components/EventTimeline.vue'
import { epiloguePages, formatDate } from '../../data'
import { crowded as article } from '../fixture-variants'

// The fixture deck's events over two slides, May crowded with them.
vi.mock('../../data/current', async () => ({ article: (await import('../fixture-variants')).crowded }))
enableAutoUnmount(afterEach)
const pages = epiloguePages(article)

describe('eventTimeline', () => {
  it.each(pages.map((_, i) => i + 1))('draws page %i as SVG, matching its snapshot', async (page) => {
    const w = mount(EventTimeline, { props: { page } })
    await expect(w.find('svg').html()).toMatchFileSnapshot(`./__snapshots__/timeline-${page}.svg`)
  })

  it('draws each event of its page once, in the column of its track, and joins none to another', () => {
    const w = mount(EventTimeline, { props: { page: 1 } })
    const cards = w.findAll('[data-event]')
    expect(cards.map(c => c.attributes('data-event'))).toEqual(expect.arrayContaining(pages[0].map(e => e.id)))
    expect(cards).toHaveLength(pages[0].length)
    // Each card has its own dot, level with its first line; nothing runs from one card to another.
    for (const card of cards) {
      const firstLine = Number(card.find('text > tspan').attributes('y'))
      expect(Number(card.find('circle').attributes('cy')), card.attributes('data-event')).toBe(firstLine - 5)
      expect(card.findAll('path')).toHaveLength(0)
    }
    expect(w.html()).not.toContain('marker-end')
  })

  it('says in words and in style which events are contested, single-source, planned or scheduled', () => {
    const w = mount(EventTimeline, { props: { page: pages.length } })
    const opening = w.find('[data-event="opening"]')
    expect(opening.classes()).toContain('planned')
    expect(opening.find('.mark-words').text()).toBe('(planned)')
    expect(w.find('[data-event="toll-ends"]').classes()).toContain('scheduled')
    const firm = mount(EventTimeline, { props: { page: 1 } }).find('[data-event="builder-chosen"]')
    expect(firm.classes()).toContain('firm')
    expect(firm.find('.mark-words').exists()).toBe(false)
  })

  it('marks the record\'s end as one line across every column, on the page whose months hold it', () => {
    const ends = mount(EventTimeline, { props: { page: 1 } }).findAll('.record-end')
    expect(ends).toHaveLength(1)
    expect(ends[0].element.tagName.toLowerCase()).toBe('line')
    expect(ends[0].attributes('y1')).toBe(ends[0].attributes('y2'))
    const svg = mount(EventTimeline, { props: { page: 1 } }).find('svg')
    expect(Number(ends[0].attributes('x2'))).toBe(Number(svg.attributes('viewBox')!.split(' ')[2]))
    expect(mount(EventTimeline, { props: { page: 2 } }).find('.record-end').exists()).toBe(false)
  })

  it('gives every event of the page in full, with its sources, as the text alternative', () => {
    const w = mount(EventTimeline, { props: { page: 1 } })
    const items = w.findAll('ol.sr-only li')
    expect(items).toHaveLength(pages[0].length)
    pages[0].forEach((e, i) => {
      expect(items[i].text()).toContain(`${formatDate(e.date)}, `)
      expect(items[i].text()).toContain(e.text)
      expect(items[i].findAll('a').map(a => a.attributes('href'))).toEqual(e.sources)
    })
  })

  it('refuses a page that does not exist', () => {
    expect(() => mount(EventTimeline, { props: { page: 9 } })).toThrow(/no page 9/)
  })
})
