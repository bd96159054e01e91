import type { Router } from 'vue-router'

/**
 * Takes the page over from the slide drawn into it at build time (#prerendered, see
 * scripts/lib/prerender.ts): that copy stays on top until the app shows a slide of its
 * own, or a page that is not a slide (print, 404), and is then removed after the app's
 * frame is painted, so the reader sees no gap and no jump. Until then the page is marked
 * as not yet run (no `deck-app` class), which lets the copy follow a dark system setting.
 */
export function handOverPrerenderedSlide(router: Router, doc: Document = document): void {
  doc.documentElement.classList.add('deck-app')
  const copy = doc.getElementById('prerendered')
  if (!copy)
    return
  const app = doc.getElementById('app')!
  let done = false
  const observer = new MutationObserver(() => check())
  const remove = () => {
    if (done)
      return
    done = true
    observer.disconnect()
    // Two frames: the app's own slide is on screen before the copy goes.
    requestAnimationFrame(() => requestAnimationFrame(() => copy.remove()))
  }
  const appShowsSomething = () => [...app.querySelectorAll('#slide-content .slidev-page .slidev-layout')]
    .some(layout => (layout as HTMLElement).checkVisibility?.() ?? true)
  function check() {
    if (done || !router.currentRoute.value.matched.length)
      return
    if (router.currentRoute.value.name !== 'play' || appShowsSomething())
      remove()
  }
  observer.observe(app, { childList: true, subtree: true })
  router.isReady().then(check, remove)
}
