import { defineComponent, h } from 'vue'
import { diagramBuilders } from '../../diagrams'

// Stands in for `virtual:deck-diagrams` in the fast suite, which runs no browser: each data
// diagram's drawing is an empty SVG naming it. tests/render/ draws the real ones in Chromium.
export default Object.fromEntries(Object.keys(diagramBuilders).map(id => [
  id,
  defineComponent({ name: 'DiagramDrawingStub', setup: () => () => h('svg', { 'data-stub-for': id }) }),
]))
