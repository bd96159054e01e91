// Stands in for floating-vue, which Slidev loads for TwoSlash popups, drawing menus and the
// help text of its settings panel. This deck has none of the first two; the settings
// panel shows its labels without the help popups.
import { defineComponent } from 'vue'

export function recomputeAllPoppers() {}

const triggerOnly = defineComponent({ setup: (_, { slots }) => () => slots.default?.() })
export const Tooltip = triggerOnly
export const Dropdown = triggerOnly
