// @vitest-environment happy-dom
import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, expect, it } from 'vitest'
import SeriesBars from '../../components/SeriesBars.vue'
import SeriesChart from '../../components/SeriesChart.vue'
import { mountInDeck } from './mount'

enableAutoUnmount(afterEach)

// Each chart as the slides draw it; a change to the drawing shows up as a reviewable diff.
it.each([
  ['india-russian-crude', SeriesChart, { id: 'india-russian-crude', from: '2025-06', events: ['rosneft-lukoil-sanctions', 'hormuz-closure'] }],
  ['india-russia-trade', SeriesBars, { id: 'india-russia-trade' }],
  ['russia-share-india-arms', SeriesBars, { id: 'russia-share-india-arms' }],
] as const)('draws %s as the same SVG', async (name, component, props) => {
  const w = mountInDeck(component, { ...props })
  await expect(w.find('svg').html()).toMatchFileSnapshot(`./__snapshots__/${name}.svg`)
})
