// @vitest-environment happy-dom
import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { chartSources } from '../../charts/series-chart'
import AgendaList from '../../components/AgendaList.vue'
import CheckMarker from '../../components/CheckMarker.vue'
import CoverTitle from '../../components/CoverTitle.vue'
import CriticalReading from '../../components/CriticalReading.vue'
import DiscussionPrompts from '../../components/DiscussionPrompts.vue'
import FaqReveal from '../../components/FaqReveal.vue'
import KeyPoints from '../../components/KeyPoints.vue'
import ListCards from '../../components/ListCards.vue'
import SeriesBars from '../../components/SeriesBars.vue'
import SeriesChart from '../../components/SeriesChart.vue'
import SourceNote from '../../components/SourceNote.vue'
import SourcesList from '../../components/SourcesList.vue'
import StepBars from '../../components/StepBars.vue'
import { checkAliasFor, checkPages, contextSourcePages, eventById, formatDate, hostOf, listItems, promptPages, promptsFor, sectionPoints, seriesById } from '../../data'
import { markerTrail } from '../../setup/marker-trail'
import { crowded as article } from '../fixture-variants'
import { mountInDeck } from './mount'
import { nav, resetDeck, slide } from './slidev-stub'

vi.mock('@slidev/client', () => import('./slidev-stub'))
// The fixture deck with more checks and discussed sections than one slide holds, so the paged
// components have a second page to show.
vi.mock('../../data/current', async () => ({ article: (await import('../fixture-variants')).crowded }))
// Mounted components keep watching the shared navigation: unmount each after its test.
enableAutoUnmount(afterEach)
beforeEach(() => {
  resetDeck()
  markerTrail.value = undefined
})

describe('keyPoints', () => {
  it('renders every prose point of the section, with its kind', () => {
    const w = mountInDeck(KeyPoints, { section: 'next' })
    const points = sectionPoints(article, 'next')
    expect(w.findAll('li')).toHaveLength(points.length)
    for (const p of points)
      expect(w.find(`[data-point="${p.id}"]`).text()).toContain(p.text)
    expect(w.text()).toContain('opinion')
  })

  it('fails loudly for an unknown section', () => {
    expect(() => mountInDeck(KeyPoints, { section: 'no-such-section' })).toThrow(/Unknown section/)
  })
})

describe('listCards', () => {
  it('renders a list\'s items as titled cards', () => {
    const w = mountInDeck(ListCards, { list: 'benefits' })
    const items = listItems(article, 'benefits')
    expect(w.find('h2').text()).toBe(article.lists.find(l => l.id === 'benefits')!.title)
    expect(w.findAll('li')).toHaveLength(items.length)
    expect(w.findAll('strong').map(s => s.element.firstChild?.textContent)).toEqual(items.map(i => i.label))
    expect(w.find('[data-point="benefit-walk"] a').text()).toContain('imprecise')
  })

  it('renders the cards in the requested number of columns', () => {
    const w = mountInDeck(ListCards, { list: 'benefits', columns: 1 })
    expect(w.text()).toContain('More trade')
    expect(w.find('ol').attributes('style')).toContain('repeat(1,')
  })
})

describe('stepBars', () => {
  it('draws one bar per step, sized by its value', () => {
    const w = mountInDeck(StepBars)
    const steps = w.findAll('[data-step]')
    expect(steps).toHaveLength(article.steps!.items.length)
    const max = Math.max(...article.steps!.items.map(s => s.value))
    article.steps!.items.forEach((s, i) => {
      expect(steps[i].text()).toContain(`${s.value}${article.steps!.unit}`)
      expect(steps[i].find('.bar').attributes('style')).toContain(`height: ${(s.value / max) * 100}%`)
    })
    expect(w.find('.step-bars').attributes('aria-label')).toContain('Agreed, as voted: 520k')
  })
})

describe('faqReveal', () => {
  const ids = ['faq-why', 'faq-when', 'faq-cost']
  const shown = (w: ReturnType<typeof mountInDeck>) => w.findAll('dd').map(d => d.attributes('data-shown') !== undefined)
  const expanded = (w: ReturnType<typeof mountInDeck>) => w.findAll('dt button').map(b => b.attributes('aria-expanded'))

  it('shows the questions as buttons that say they can be clicked, and hides every answer at first', () => {
    const w = mountInDeck(FaqReveal, { ids })
    expect(w.findAll('dt button').map(d => d.text())).toEqual(ids.map(id => article.faq.find(f => f.id === id)!.question))
    expect(shown(w)).toEqual([false, false, false])
    expect(expanded(w)).toEqual(['false', 'false', 'false'])
    expect(w.find('.hint').text()).toMatch(/click a question/i)
  })

  it('reveals the next answer in order at each click step', async () => {
    const w = mountInDeck(FaqReveal, { ids })
    await nav.next()
    await w.vm.$nextTick()
    expect(shown(w)).toEqual([true, false, false])
  })

  it('reveals only the clicked question\'s answer, in any order, and hides it on a second click', async () => {
    const w = mountInDeck(FaqReveal, { ids })
    const buttons = w.findAll('dt button')
    await buttons[2].trigger('click')
    expect(shown(w)).toEqual([false, false, true])
    await buttons[0].trigger('click')
    expect(shown(w)).toEqual([true, false, true])
    expect(expanded(w)).toEqual(['true', 'false', 'true'])
    // The next step reveals the one still hidden; stepping back hides the last revealed.
    await nav.next()
    await w.vm.$nextTick()
    expect(shown(w)).toEqual([true, true, true])
    await nav.prev()
    await w.vm.$nextTick()
    expect(shown(w)).toEqual([true, false, true])
    await buttons[2].trigger('click')
    expect(shown(w)).toEqual([true, false, false])
  })

  it('shows every answer, and no hint, in print', () => {
    nav.isPrintMode.value = true
    slide.$clicksContext.current = 3
    const w = mountInDeck(FaqReveal, { ids })
    expect(shown(w)).toEqual([true, true, true])
    expect(w.find('.hint').exists()).toBe(false)
  })
})

describe('sourceNote', () => {
  it('names the outlet and each article section it draws on, and how fresh the context is', () => {
    const w = mountInDeck(SourceNote, { sections: ['vote', 'plan'] })
    expect(w.text()).toContain('The Example Gazette')
    expect(w.text()).toContain('“The vote”')
    expect(w.text()).toContain('“The plan”')
    expect(w.text()).toContain(`Context verified on ${formatDate(article.meta.verifiedOn)}; record through ${formatDate(article.meta.recordThrough)}`)
  })

  it('still states freshness on slides that cite no article section', () => {
    const w = mountInDeck(SourceNote, { sections: [] })
    expect(w.text()).not.toContain('Source:')
    expect(w.text()).toContain('Context verified on')
  })
})

describe('the title, agenda and sources', () => {
  it('shows the article title and outlet on the cover', () => {
    const w = mountInDeck(CoverTitle)
    expect(w.find('h1').text()).toBe(article.source.title)
    expect(w.text()).toContain(article.source.outlet)
    expect(w.text()).toContain(`${article.source.published} (${article.source.publishedNote})`)
  })

  it('lists every titled section in the agenda', () => {
    const w = mountInDeck(AgendaList)
    expect(w.findAll('li')).toHaveLength(article.source.sections.filter(s => !s.untitled).length)
  })

  it('cites the article with every section heading', () => {
    const w = mountInDeck(SourcesList)
    for (const s of article.source.sections)
      expect(w.text()).toContain(s.heading)
  })
})

describe('checkMarker', () => {
  it('links a checked point to its critical-reading slide, with the verdict as text', () => {
    const check = article.assessments[0]
    const w = mountInDeck(CheckMarker, { point: check.point })
    expect(w.find('a').attributes('data-to')).toBe(checkAliasFor(article, check.point))
    expect(w.text()).toContain(check.verdict)
  })

  it('sits after a no-break space, so it never starts a line of its own', () => {
    const w = mountInDeck(KeyPoints, { section: 'vote' })
    const point = w.find('[data-point="vote-cost"]').element.textContent
    expect(point).toMatch(/ten years\.\u00A0Checked against the record:/)
  })

  it('in print, links to the row of its check, which carries that id', () => {
    nav.isPrintMode.value = true
    const check = article.assessments.find(a => a.point === 'benefit-walk')!
    expect(mountInDeck(CheckMarker, { point: check.point }).find('a').attributes('href')).toBe(`#check-${check.id}`)
    const page = checkPages(article).findIndex(p => p.includes(check)) + 1
    expect(mountInDeck(CriticalReading, { page }).find(`#check-${check.id}`).exists()).toBe(true)
  })

  it('remembers the slide it was followed from and the check it meant', async () => {
    nav.currentSlideNo.value = 7
    const check = article.assessments[2]
    await mountInDeck(CheckMarker, { point: check.point }).find('a').trigger('click')
    expect(markerTrail.value).toEqual({ from: 7, check: check.id })
  })

  it('draws nothing for a point the record does not qualify', () => {
    const unchecked = article.points.find(p => !article.assessments.some(a => a.point === p.id))!
    expect(mountInDeck(CheckMarker, { point: unchecked.id }).find('a').exists()).toBe(false)
  })

  it('appears inside KeyPoints next to the checked point', () => {
    const w = mountInDeck(KeyPoints, { section: 'next' })
    expect(w.find('[data-point="next-tender"] a').text()).toContain('accurate')
    expect(w.find('[data-point="next-open"] a').exists()).toBe(false)
  })
})

describe('criticalReading', () => {
  it('sets each claim beside its verdict, the record and linked sources, apart from each other', () => {
    const page = checkPages(article)[0]
    const w = mountInDeck(CriticalReading, { page: 1 })
    const rows = w.findAll('[data-check]')
    expect(rows).toHaveLength(page.length)
    page.forEach((check, i) => {
      expect(rows[i].text()).toContain(check.record)
      expect(rows[i].text()).toContain(check.verdict)
      expect(rows[i].findAll('a').map(a => a.attributes('href'))).toEqual(check.sources)
      expect(rows[i].find('.links').text()).toBe(`Sources: ${check.sources.map(hostOf).join(' · ')}`)
    })
    expect(w.find('[data-meant]').exists()).toBe(false)
  })

  it('marks the row a followed marker meant, with the way back to the slide it came from', () => {
    const check = checkPages(article)[1][1]
    markerTrail.value = { from: 7, check: check.id }
    const w = mountInDeck(CriticalReading, { page: 2 })
    const row = w.find('[data-meant]')
    expect(row.attributes('data-check')).toBe(check.id)
    expect(row.attributes('aria-current')).toBe('true')
    expect(row.find('[data-return]').text()).toBe('Back to slide 7')
    expect(row.find('[data-return]').attributes('data-to')).toBe('7')
    expect(w.findAll('[data-return]')).toHaveLength(1)
  })

  it('forgets the trail once the presenter leaves the slide another way', async () => {
    const check = checkPages(article)[1][0]
    markerTrail.value = { from: 7, check: check.id }
    slide.$page.value = 22
    nav.currentSlideNo.value = 22
    const w = mountInDeck(CriticalReading, { page: 2 })
    nav.currentSlideNo.value = 23
    await w.vm.$nextTick()
    expect(markerTrail.value).toBeUndefined()
    expect(w.find('[data-meant]').exists()).toBe(false)
  })
})

describe('discussionPrompts', () => {
  it('lists each section\'s questions under its name', () => {
    const w = mountInDeck(DiscussionPrompts, { page: 2 })
    for (const section of promptPages(article)[1]) {
      const block = w.find(`[data-section="${section.id}"]`)
      expect(block.find('h2').text()).toBe(section.short)
      expect(block.findAll('li').map(li => li.text())).toEqual(promptsFor(article, section.id).map(p => p.text))
    }
  })
})

describe('sourcesList parts', () => {
  it('links the article itself', () => {
    const w = mountInDeck(SourcesList, { part: 'article' })
    expect(w.find(`a[href="${article.source.url}"]`).exists()).toBe(true)
  })

  it('links every source of every claim check, under a label of its own', () => {
    const w = mountInDeck(SourcesList, { part: 'checks' })
    const hrefs = w.findAll('a').map(a => a.attributes('href'))
    expect(hrefs).toEqual(article.assessments.flatMap(a => a.sources))
    const labels = w.findAll('.what').map(l => l.text())
    expect(new Set(labels).size).toBe(article.assessments.length)
    // Link texts are separated by text, not only by a margin.
    expect(w.find('li').text()).toContain(article.assessments[0].sources.map(hostOf).join(' · '))
  })

  it('links every source of each page of context events, with its date', () => {
    contextSourcePages(article).forEach((events, i) => {
      const w = mountInDeck(SourcesList, { part: 'context', page: i + 1 })
      expect(w.findAll('a').map(a => a.attributes('href'))).toEqual(events.flatMap(e => e.sources))
      for (const e of events)
        expect(w.text()).toContain(formatDate(e.date))
    })
  })
})

describe('seriesChart', () => {
  const footfall = seriesById(article, 'footfall')
  const props = { id: footfall.id, from: '2026-01', to: '2026-05', events: ['tender-opened', 'cost-dispute'] }

  it('draws a mark per figure in its window, hollow where the sources disagree', () => {
    const w = mountInDeck(SeriesChart, props)
    const marks = w.findAll('.mark')
    expect(marks).toHaveLength(footfall.points.filter(p => p.period >= '2026-01').length)
    expect(w.findAll('.mark.contested').map(m => m.attributes('data-period'))).toEqual(['May 2026'])
    expect(w.findAll('.mark.contested .range')).toHaveLength(1)
  })

  it('names its events, shows its sources and gives every figure in a table', () => {
    const w = mountInDeck(SeriesChart, props)
    expect(w.find('figcaption').text()).toContain('1: The council opens the tender, 2 Apr 2026.')
    expect(w.findAll('figcaption a').map(a => a.attributes('href'))).toEqual(chartSources(footfall, props.events.map(id => eventById(article, id))))
    const rows = w.findAll('tbody tr')
    expect(rows).toHaveLength(footfall.points.length)
    expect(rows[0].text()).toContain('Mar 2025')
    expect(w.find('svg title').text()).toContain(footfall.title)
  })

  it('fails loudly for an unknown series or event', () => {
    expect(() => mountInDeck(SeriesChart, { ...props, id: 'no-such-series' })).toThrow(/Unknown series id/)
    expect(() => mountInDeck(SeriesBars, { id: 'no-such-series' })).toThrow(/Unknown series id/)
    expect(() => mountInDeck(SeriesChart, { ...props, events: ['no-such-event'] })).toThrow(/Unknown event id/)
  })
})
