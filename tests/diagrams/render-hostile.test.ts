// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { expect, it, vi } from 'vitest'
import ArticleDiagram from '../../components/ArticleDiagram.vue'
import { HOSTILE } from '../browser/hostile-data'

// The deck's data with markup, quotes and diagram syntax in its labels (as the browser
// suite's hostile build has it): the drawing must show it all as text.
vi.mock('../../data/article', async (original) => {
  const { articleData } = await original<typeof import('../../data/article')>()
  const { makeHostile } = await import('../browser/hostile-data')
  return { articleData: makeHostile(articleData) }
})

it.each([
  ['escalation', HOSTILE.milestone],
  ['actors', HOSTILE.flow],
  ['cooperation', HOSTILE.area],
] as const)('writes markup and quotes in the %s labels into the SVG as text', (id, label) => {
  const svg = mount(ArticleDiagram, { props: { id } }).find('svg')
  expect(svg.findAll('text').map(t => t.text().replace(/\s+/g, ''))).toContain(label.replace(/\s+/g, ''))
  expect(svg.findAll('b, script, img, foreignObject')).toHaveLength(0)
})
