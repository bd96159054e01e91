// Stands in for '@slidev/client' in component tests (vi.mock): the navigation and the
// slide's click steps a component reads, as state a test can set and inspect.
import { reactive, ref } from 'vue'

export const nav = {
  isPrintMode: ref(false),
  currentSlideNo: ref(3),
  next: async () => { clicks.current++ },
  prev: async () => { clicks.current-- },
}

const clicks = reactive({
  current: 0,
  calculateSince: (_at: string, size: number) => ({ start: 1, max: size, delta: size }),
  register: () => {},
  unregister: () => {},
})

export const slide = { $page: ref(21), $clicksContext: clicks, $renderContext: ref('slide') }

/** Back to a live slide, on slide 3, no click step taken. */
export function resetDeck(): void {
  nav.isPrintMode.value = false
  nav.currentSlideNo.value = 3
  clicks.current = 0
  slide.$page.value = 21
  localStorage.clear()
  enterHooks.length = 0
}

// What onSlideEnter registered: a test calls enterSlide(to, from) as the deck would.
const enterHooks: ((to: number, from: number | undefined) => void)[] = []
export function onSlideEnter(cb: (to: number, from: number | undefined) => void) { enterHooks.push(cb) }
export const enterSlide = (to: number, from: number | undefined) => enterHooks.forEach(cb => cb(to, from))

export const useNav = () => nav
export const useSlideContext = () => slide
