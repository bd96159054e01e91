// @vitest-environment happy-dom
import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import CheckTally from '../../components/CheckTally.vue'
import SelfCheck from '../../components/SelfCheck.vue'
import TakeHome from '../../components/TakeHome.vue'
import { checkById, hostOf, pointById } from '../../data'
import { article } from '../fixture-deck'
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

describe('checkTally', () => {
  it('lists the checks with the verdicts asked for, in that order, each with a source', () => {
    // The data lists the unverifiable check before the imprecise one: the order asked for wins.
    const w = mountInDeck(CheckTally, { verdicts: ['imprecise', 'unverifiable'] })
    const expected = article.assessments.filter(c => c.verdict === 'imprecise').concat(article.assessments.filter(c => c.verdict === 'unverifiable'))
    expect(w.findAll('[data-check]').map(li => li.attributes('data-check'))).toEqual(expected.map(c => c.id))
    expect(w.find('[data-check] .verdict').text()).toBe('imprecise')
    expect(w.find('[data-check] .cite a').text()).toBe(hostOf(expected[0].sources[0]))
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
