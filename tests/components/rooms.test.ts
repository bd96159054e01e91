// @vitest-environment happy-dom
import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import BottomLine from '../../components/BottomLine.vue'
import CheckTally from '../../components/CheckTally.vue'
import EventList from '../../components/EventList.vue'
import SelfCheck from '../../components/SelfCheck.vue'
import TakeHome from '../../components/TakeHome.vue'
import { bottomLineSources, checkById, eventById, formatDate, hostOf, pointById } from '../../data'
import { article } from '../deck-under-test'
import { mountInDeck } from './mount'
import { enterSlide, nav, resetDeck } from './slidev-stub'

vi.mock('@slidev/client', () => import('./slidev-stub'))
const address = vi.hoisted(() => ({ value: null as null | { url: string, size: number, path: string } }))
vi.mock('virtual:deck-address', () => ({ get address() { return address.value } }))
enableAutoUnmount(afterEach)
beforeEach(() => {
  resetDeck()
  address.value = null
})

describe('bottomLine', () => {
  it('gives each line its label, its sentence and a source for what it rests on', () => {
    const w = mountInDeck(BottomLine)
    const rows = w.findAll('[data-line]')
    expect(rows.map(r => r.find('dt').text())).toEqual(article.briefing!.bottomLine.map(b => b.label))
    article.briefing!.bottomLine.forEach((b, i) => {
      expect(rows[i].find('dd').text()).toContain(b.text)
      expect(rows[i].findAll('.cite a').map(a => a.attributes('href'))).toEqual(bottomLineSources(article, b))
    })
  })
})

describe('checkTally', () => {
  it('lists the checks with the verdicts asked for, in that order, each with a source', () => {
    const w = mountInDeck(CheckTally, { verdicts: ['wrong', 'unverifiable'] })
    const expected = article.assessments.filter(c => c.verdict === 'wrong').concat(article.assessments.filter(c => c.verdict === 'unverifiable'))
    expect(w.findAll('[data-check]').map(li => li.attributes('data-check'))).toEqual(expected.map(c => c.id))
    expect(w.find('[data-check] .verdict').text()).toBe('wrong')
    expect(w.find('[data-check] .cite a').text()).toBe(hostOf(expected[0].sources[0]))
  })
})

describe('eventList', () => {
  it('dates each change since publication, with its source', () => {
    const w = mountInDeck(EventList, { pick: 'changes' })
    const first = eventById(article, article.briefing!.changes[0])
    expect(w.findAll('[data-event]')).toHaveLength(article.briefing!.changes.length)
    expect(w.find('.when').text()).toContain(formatDate(first.date))
    expect(w.find('.what').text()).toContain(first.label)
    expect(w.find('.open').exists()).toBe(false)
    // A contested change says so, as the timeline does.
    expect(w.find('[data-event="extra-tariff-lifted"] .status').text()).toBe('contested')
  })

  it('marks planned and scheduled events as such, and says their outcome is not in the record', () => {
    const w = mountInDeck(EventList, { pick: 'watch' })
    for (const id of article.briefing!.watch) {
      const e = eventById(article, id)
      if (e.status)
        expect(w.find(`[data-event="${id}"] .status`).text()).toBe(e.date < article.meta.verifiedOn ? `was ${e.status}` : e.status)
    }
    expect(w.find('.open').text()).toContain(formatDate(article.meta.verifiedOn))
  })
})

describe('selfCheck', () => {
  const check = checkById(article, article.selfCheck[0])

  it('shows the claim and a button per verdict, with the record behind a click step', () => {
    const w = mountInDeck(SelfCheck, { no: 1 })
    expect(w.find('.claim').text()).toContain(pointById(article, check.point).text)
    expect(w.findAll('.choices button').map(b => b.attributes('data-verdict'))).toEqual(['accurate', 'imprecise', 'wrong', 'outdated', 'unverifiable'])
    const record = w.find('[data-record]')
    expect(record.attributes('data-v-click')).toBe('')
    expect(record.text()).toContain(check.record)
    expect(record.findAll('a').map(a => a.attributes('href'))).toEqual(check.sources)
  })

  it('keeps the room\'s pick, says it beside the record, and clears it on a second click', async () => {
    const w = mountInDeck(SelfCheck, { no: 1 })
    const pick = w.find('button[data-verdict="accurate"]')
    await pick.trigger('click')
    expect(pick.attributes('aria-pressed')).toBe('true')
    expect(w.findAll('button[aria-pressed="true"]')).toHaveLength(1)
    expect(w.find('[data-record]').text()).toContain('The room chose accurate.')
    await w.find(`button[data-verdict="${check.verdict}"]`).trigger('click')
    expect(w.find('[data-record]').text()).toContain(`The room chose ${check.verdict}, as the record does.`)
    await w.find(`button[data-verdict="${check.verdict}"]`).trigger('click')
    expect(w.findAll('button[aria-pressed="true"]')).toHaveLength(0)
  })

  it('starts afresh when the slide is reached from an earlier one, and keeps the pick on the way back or a reload', async () => {
    const w = mountInDeck(SelfCheck, { no: 1 })
    await w.find('button[data-verdict="wrong"]').trigger('click')
    const pressed = () => w.findAll('button[aria-pressed="true"]').map(b => b.attributes('data-verdict'))
    enterSlide(21, 22)
    enterSlide(21, undefined)
    await w.vm.$nextTick()
    expect(pressed()).toEqual(['wrong'])
    enterSlide(21, 20)
    await w.vm.$nextTick()
    expect(pressed()).toEqual([])
  })

  it('leaves the room\'s pick out of print', async () => {
    nav.isPrintMode.value = true
    const w = mountInDeck(SelfCheck, { no: 1 })
    await w.find('button[data-verdict="wrong"]').trigger('click')
    expect(w.find('[data-record]').text()).not.toContain('The room chose')
  })

  it('names the claim number it lacks', () => {
    expect(() => mountInDeck(SelfCheck, { no: article.selfCheck.length + 1 })).toThrow(/there is no claim/)
  })
})

describe('takeHome', () => {
  it('draws nothing, not even a frame, without the hosted address', () => {
    expect(mountInDeck(TakeHome).html()).toBe('<!--v-if-->')
  })

  it('draws the code and writes the address as text', () => {
    address.value = { url: 'https://example.org/deck/"><b>x</b>/', size: 33, path: 'M4 4h7v1h-7z' }
    const w = mountInDeck(TakeHome)
    expect(w.find('svg').attributes('viewBox')).toBe('0 0 33 33')
    expect(w.find('path').attributes('d')).toBe('M4 4h7v1h-7z')
    expect(w.find('.url').text()).toBe(address.value.url)
    expect(w.find('b').exists()).toBe(false)
  })
})
