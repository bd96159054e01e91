// @vitest-environment happy-dom
import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import SeriesBars from '../../components/SeriesBars.vue'
import { seriesById } from '../../data'
import { article } from '../fixture-deck'
import { mountInDeck } from './mount'

enableAutoUnmount(afterEach)

describe('seriesBars', () => {
  const share = seriesById(article, 'walk-share')

  it('draws a bar per figure with its value and period, says single-source, and tables every figure', () => {
    const w = mountInDeck(SeriesBars, { id: share.id })
    expect(w.find('h2').text()).toBe(share.title)
    expect(w.findAll('.bar .value').map(t => t.text())).toEqual(['31%', '38%', '41%'])
    expect(w.findAll('.bar .period').map(t => t.text())).toEqual(['2022', '2024', '2025'])
    // Only the first figure rests on one source, and only it is named.
    expect(w.find('figcaption').text()).toContain('Single source: 2022.')
    expect(w.findAll('tbody tr')).toHaveLength(share.points.length)
    expect(w.find('svg').attributes('aria-label')).toContain('2022, 31%')
  })

  // A change to the drawing shows up as a reviewable diff.
  it('draws the same SVG as last time', async () => {
    await expect(mountInDeck(SeriesBars, { id: share.id }).find('svg').html()).toMatchFileSnapshot('./__snapshots__/walk-share.svg')
  })
})
