// @vitest-environment happy-dom
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, expect, it } from 'vitest'
import { seriesSources } from '../../charts/series-chart'
import SourcesList from '../../components/SourcesList.vue'
import { linkTexts } from '../../data'
import { article } from '../fixture-deck'

enableAutoUnmount(afterEach)

it('lists, on the sources slides, every series the charts draw with the span it covers and every source once', () => {
  const w = mount(SourcesList, { props: { part: 'figures' } })
  const items = w.findAll('li')
  expect(items).toHaveLength(article.series.length)
  article.series.forEach((s, i) => {
    expect(items[i].text()).toContain(s.title)
    expect(items[i].findAll('a').map(a => a.attributes('href'))).toEqual(seriesSources(s))
    expect(items[i].findAll('a').map(a => a.text())).toEqual(linkTexts(seriesSources(s)))
  })
  expect(items.find(li => li.text().includes('old road bridge'))!.text()).toContain('Mar 2025 to May 2026')
})
