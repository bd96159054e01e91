// @vitest-environment happy-dom
import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, expect, it } from 'vitest'
import SeriesChart from '../../components/SeriesChart.vue'
import { mountInDeck } from './mount'

enableAutoUnmount(afterEach)

// The line chart as the fixture deck's slide draws it, and over a shorter window with events
// marked; a change to the drawing shows up as a reviewable diff (the bar chart's: series-bars.test.ts).
it.each([
  ['footfall', { id: 'footfall', from: '2025-03' }],
  ['footfall-events', { id: 'footfall', from: '2026-01', events: ['tender-opened', 'cost-dispute'] }],
] as const)('draws %s as the same SVG', async (name, props) => {
  const w = mountInDeck(SeriesChart, { ...props })
  await expect(w.find('svg').html()).toMatchFileSnapshot(`./__snapshots__/${name}.svg`)
})
