// @vitest-environment happy-dom
import lz from 'lz-string'
import { describe, expect, it } from 'vitest'
import AgendaList from '../../components/AgendaList.vue'
import CoverTitle from '../../components/CoverTitle.vue'
import DataDiagram from '../../components/DataDiagram.vue'
import FaqReveal from '../../components/FaqReveal.vue'
import KeyPoints from '../../components/KeyPoints.vue'
import ListCards from '../../components/ListCards.vue'
import SourceNote from '../../components/SourceNote.vue'
import SourcesList from '../../components/SourcesList.vue'
import TariffSteps from '../../components/TariffSteps.vue'
import CheckMarker from '../../components/CheckMarker.vue'
import CriticalReading from '../../components/CriticalReading.vue'
import DiscussionPrompts from '../../components/DiscussionPrompts.vue'
import { article, checkAliasFor, checkPages, contextSourcePages, formatDate, hostOf, listItems, promptPages, promptsFor, sectionPoints } from '../../data'
import { diagramBuilders } from '../../diagrams'
import { mountInDeck } from './mount'

describe('KeyPoints', () => {
  it('renders every prose point of the section, with its kind', () => {
    const w = mountInDeck(KeyPoints, { section: 'energy' })
    const points = sectionPoints(article, 'energy')
    expect(w.findAll('li')).toHaveLength(points.length)
    for (const p of points)
      expect(w.find(`[data-point="${p.id}"]`).text()).toContain(p.text)
    expect(w.text()).toContain('opinion')
  })

  it('fails loudly for an unknown section', () => {
    expect(() => mountInDeck(KeyPoints, { section: 'no-such-section' })).toThrow(/Unknown section/)
  })
})

describe('ListCards', () => {
  it('renders the call\'s takeaways as titled cards', () => {
    const w = mountInDeck(ListCards, { list: 'call-takeaways' })
    const items = listItems(article, 'call-takeaways')
    expect(w.find('h3').text()).toBe(article.lists.find(l => l.id === 'call-takeaways')!.title)
    expect(w.findAll('li')).toHaveLength(items.length)
    expect(w.findAll('strong').map(s => s.element.firstChild?.textContent)).toEqual(items.map(i => i.label))
    expect(w.find('[data-point="call-energy"] a').text()).toContain('unverifiable')
  })

  it('renders sector cards in the requested number of columns', () => {
    const w = mountInDeck(ListCards, { list: 'trade-sectors', columns: 1 })
    expect(w.text()).toContain('Rare earths')
    expect(w.find('ol').attributes('style')).toContain('repeat(1,')
  })
})

describe('TariffSteps', () => {
  it('draws one bar per tariff step, sized by rate', () => {
    const w = mountInDeck(TariffSteps)
    const steps = w.findAll('[data-step]')
    expect(steps).toHaveLength(article.tariffSteps.length)
    const max = Math.max(...article.tariffSteps.map(s => s.ratePercent))
    article.tariffSteps.forEach((s, i) => {
      expect(steps[i].text()).toContain(`${s.ratePercent}%`)
      expect(steps[i].find('.bar').attributes('style')).toContain(`height: ${(s.ratePercent / max) * 100}%`)
    })
    expect(w.find('figure').attributes('aria-label')).toContain('50%')
  })
})

describe('FaqReveal', () => {
  it('shows the questions and holds each answer for a click', () => {
    const w = mountInDeck(FaqReveal, { ids: ['faq-why', 'faq-visit'] })
    expect(w.findAll('dt button').map(d => d.text())).toEqual([article.faq[0].question, article.faq[2].question])
    const answers = w.findAll('dd')
    expect(answers).toHaveLength(2)
    expect(answers.every(a => a.attributes('data-v-click') === '')).toBe(true)
    expect(answers[1].text()).toBe(article.faq[2].answer)
  })

  it('asks the slide to reveal up to a question when it is clicked', async () => {
    const w = mountInDeck(FaqReveal, { ids: ['faq-why', 'faq-effect', 'faq-visit'] })
    await w.findAll('dt button')[1].trigger('click')
    expect(w.emitted('reveal')).toEqual([[2]])
  })
})

describe('SourceNote', () => {
  it('names the outlet and each article section it draws on, and how fresh the context is', () => {
    const w = mountInDeck(SourceNote, { sections: ['energy', 'defence'] })
    expect(w.text()).toContain('KumDi.com')
    expect(w.text()).toContain('“Energy: The Cornerstone of Cooperation”')
    expect(w.text()).toContain('“Defense: Beyond Buyer–Seller”')
    expect(w.text()).toContain(`Context verified on ${formatDate(article.meta.verifiedOn)}; record through ${formatDate(article.meta.recordThrough)}`)
  })

  it('still states freshness on slides that cite no article section', () => {
    const w = mountInDeck(SourceNote, { sections: [] })
    expect(w.text()).not.toContain('Source:')
    expect(w.text()).toContain('Context verified on')
  })
})

describe('DataDiagram', () => {
  it('hands Slidev the builder\'s Mermaid source and renders its text alternative', () => {
    const w = mountInDeck(DataDiagram, { id: 'actors' })
    const diagram = diagramBuilders.actors(article)
    const codeLz = w.find('.mermaid-stub').attributes('data-code-lz') ?? ''
    expect(lz.decompressFromBase64(codeLz)).toBe(diagram.code)
    expect(w.findAll('figcaption li').map(li => li.text())).toEqual(diagram.lines)
    expect(w.find('figure').attributes('data-waitfor')).toBe('svg[data-fitted]')
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


describe('CheckMarker', () => {
  it('links a checked point to its critical-reading slide, with the verdict as text', () => {
    const check = article.assessments[0]
    const w = mountInDeck(CheckMarker, { point: check.point })
    expect(w.find('a').attributes('data-to')).toBe(checkAliasFor(article, check.point))
    expect(w.text()).toContain(check.verdict)
  })

  it('draws nothing for a point the record does not qualify', () => {
    const unchecked = article.points.find(p => !article.assessments.some(a => a.point === p.id))!
    expect(mountInDeck(CheckMarker, { point: unchecked.id }).find('a').exists()).toBe(false)
  })

  it('appears inside KeyPoints next to the checked point', () => {
    const w = mountInDeck(KeyPoints, { section: 'tariff-shock' })
    expect(w.find('[data-point="tariff-first-step"] a').text()).toContain('wrong')
    expect(w.find('[data-point="tariff-reactions"] a').exists()).toBe(false)
  })
})

describe('CriticalReading', () => {
  it('sets each claim beside its verdict, the record and linked sources', () => {
    const page = checkPages(article)[0]
    const w = mountInDeck(CriticalReading, { page: 1 })
    const rows = w.findAll('[data-check]')
    expect(rows).toHaveLength(page.length)
    page.forEach((check, i) => {
      expect(rows[i].text()).toContain(check.record)
      expect(rows[i].text()).toContain(check.verdict)
      expect(rows[i].findAll('a').map(a => a.attributes('href'))).toEqual(check.sources)
      expect(rows[i].findAll('a').map(a => a.text())).toEqual(check.sources.map(hostOf))
    })
  })
})

describe('DiscussionPrompts', () => {
  it('lists each section\'s questions under its name', () => {
    const w = mountInDeck(DiscussionPrompts, { page: 2 })
    for (const section of promptPages(article)[1]) {
      const block = w.find(`[data-section="${section.id}"]`)
      expect(block.find('h2').text()).toBe(section.short)
      expect(block.findAll('li').map(li => li.text())).toEqual(promptsFor(article, section.id).map(p => p.text))
    }
  })
})

describe('SourcesList parts', () => {
  it('links every source of every claim check', () => {
    const w = mountInDeck(SourcesList, { part: 'checks' })
    const hrefs = w.findAll('a').map(a => a.attributes('href'))
    expect(hrefs).toEqual(article.assessments.flatMap(a => a.sources))
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
