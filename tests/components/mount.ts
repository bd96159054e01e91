import type { Component } from 'vue'
import { mount } from '@vue/test-utils'
import { defineComponent, h } from 'vue'

// Slidev provides <Mermaid>, <RouterLink> and v-click at run time; tests stand in for
// them and record what the deck would hand them.
export const MermaidStub = defineComponent({
  name: 'Mermaid',
  props: { codeLz: { type: String, required: true } },
  setup: props => () => h('div', { 'class': 'mermaid-stub', 'data-code-lz': props.codeLz }),
})

// Slidev registers vue-router's <RouterLink> globally; this one shows where it would go.
export const RouterLinkStub = defineComponent({
  name: 'RouterLink',
  props: { to: { type: String, required: true } },
  setup: (props, { slots }) => () => h('a', { 'href': `/${props.to}`, 'data-to': props.to }, slots.default?.()),
})

export function mountInDeck(component: Component, props: Record<string, unknown> = {}) {
  return mount(component, {
    props,
    global: {
      components: { Mermaid: MermaidStub, RouterLink: RouterLinkStub },
      directives: { click: { mounted: el => el.setAttribute('data-v-click', '') } },
    },
  })
}
