// @vitest-environment happy-dom
import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import BottomLine from '../../components/BottomLine.vue'
import EventList from '../../components/EventList.vue'
import { bottomLineSources, eventById, formatDate } from '../../data'
import { article } from '../../data/current'
import { mountInDeck } from './mount'

// The fixture deck has no briefing (the part it lacks on purpose): these components are
// shown it with one (tests/fixture-variants.ts).
vi.mock('../../data/current', async () => ({ article: (await import('../fixture-variants')).briefed }))
enableAutoUnmount(afterEach)

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

describe('eventList', () => {
  it('dates each change since publication, with its source', () => {
    const w = mountInDeck(EventList, { pick: 'changes' })
    const first = eventById(article, article.briefing!.changes[0])
    expect(w.findAll('[data-event]')).toHaveLength(article.briefing!.changes.length)
    expect(w.find('.when').text()).toContain(formatDate(first.date))
    expect(w.find('.what').text()).toContain(first.label)
    expect(w.find('.open').exists()).toBe(false)
  })

  it('marks planned, scheduled and contested events as such, and says their outcome is not in the record', () => {
    const w = mountInDeck(EventList, { pick: 'watch' })
    for (const id of article.briefing!.watch) {
      const e = eventById(article, id)
      if (e.status)
        expect(w.find(`[data-event="${id}"] .status`).text()).toBe(e.date < article.meta.verifiedOn ? `was ${e.status}` : e.status)
    }
    expect(w.find('.open').text()).toContain(formatDate(article.meta.verifiedOn))
    // A contested event says so, as the timeline does.
    expect(w.find('[data-event="cost-dispute"] .status').text()).toBe('contested')
  })
})
