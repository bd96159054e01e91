import type { Router } from 'vue-router'
import { slides } from '#slidev/slides'
import { touchLinks } from './page-links'

const aliasOf = (slide: { meta: { slide?: unknown } }) => (slide.meta.slide as { frontmatter?: { routeAlias?: string } } | undefined)?.frontmatter?.routeAlias

/** The slide a play route shows: its number, or its named route (`routeAlias`). */
function slideNo(param: unknown): number | undefined {
  const no = String(param ?? '')
  return slides.value.find(s => s.no === Number(no) || aliasOf(s) === no)?.no
}

/**
 * Keeps the touch controls (vite/index-html.ts) linked to the slides either side
 * of the one shown and to its place on the reading page, and has previous and next step
 * through a slide's clicks as the arrow keys do, once the app runs. Hidden on pages that
 * are not a slide (print).
 */
export function keepTouchNavInStep(router: Router, doc: Document = document, win: Window = window): void {
  const nav = doc.querySelector<HTMLElement>('.deck-touch')
  if (!nav)
    return
  const base = import.meta.env.BASE_URL
  const prev = nav.querySelector<HTMLAnchorElement>('.deck-touch-prev')!
  const next = nav.querySelector<HTMLAnchorElement>('.deck-touch-next')!
  const read = nav.querySelector<HTMLAnchorElement>('.deck-touch-read')!
  const update = () => {
    const route = router.currentRoute.value
    const no = route.name === 'play' ? slideNo(route.params.no) : undefined
    nav.hidden = no === undefined
    if (no === undefined)
      return
    const to = touchLinks(base, no, slides.value.length)
    for (const [control, href] of [[prev, to.prev], [next, to.next], [read, to.read]] as const) {
      control.hidden = !href
      if (href)
        control.href = href
    }
  }
  router.afterEach(update)
  router.isReady().then(update, () => undefined)
  nav.addEventListener('click', (event) => {
    const control = (event.target as Element).closest('a')
    const key = control === prev ? 'ArrowLeft' : control === next ? 'ArrowRight' : undefined
    if (!key)
      return
    event.preventDefault()
    win.dispatchEvent(new KeyboardEvent('keydown', { key }))
    win.dispatchEvent(new KeyboardEvent('keyup', { key }))
  })
}
