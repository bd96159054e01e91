import { defineComponent, h } from 'vue'
import { allDiagrams } from '../../diagrams'
import { article } from '../fixture-deck'

// Stands in for `virtual:deck-diagrams` in the fast suite, which runs no browser: each data
// diagram's text alternative from its builder, as the build gives it, and for its drawing an
// empty SVG naming it. tests/render/ draws the real ones in Chromium.
export default Object.fromEntries(allDiagrams(article).map(({ id, title, summary, lines, sources }) => [id, {
  title,
  summary,
  lines,
  sources,
  drawing: defineComponent({ name: 'DiagramDrawingStub', setup: () => () => h('svg', { 'data-stub-for': id }) }),
}]))
