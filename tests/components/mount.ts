import type { Component } from 'vue'
import { mount } from '@vue/test-utils'
import { defineComponent, h } from 'vue'

// Slidev provides <RouterLink> and v-click at run time; tests stand in for them and
// record what the deck would hand them. This <RouterLink> shows where it would go.
export const RouterLinkStub = defineComponent({
  name: 'RouterLink',
  props: { to: { type: String, required: true } },
  setup: (props, { slots }) => () => h('a', { 'href': `/${props.to}`, 'data-to': props.to }, slots.default?.()),
})

export function mountInDeck(component: Component, props: Record<string, unknown> = {}) {
  return mount(component, {
    props,
    global: {
      components: { RouterLink: RouterLinkStub },
      directives: { click: { mounted: el => el.setAttribute('data-v-click', '') } },
    },
  })
}
