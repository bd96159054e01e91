// Runs on the pages the build writes (scripts/lib/prerender.ts), which show their content
// before any script runs.
// - A slide's page (a phone held upright has already gone to the reading page, by the
//   page's own first script): this starts the deck's app, which moves through the talk.
//   On a fast connection it starts once the page is idle; on a slow one, or with
//   Save-Data on, only when the reader reaches for the deck (a key, a tap, a click, the
//   wheel), passing on keys pressed meanwhile. A phone that only reads downloads the
//   slide alone.
// - The reading page: its switch to the slides leads to the slide being read.
// Plain JavaScript: the browser runs this file as is.

const KEY_GAP_MS = 150
// The choice of slides over the reading page, remembered for the visit (set by
// scripts/lib/reading-redirect.js).
const VIEW = 'deck-view'
const SLOW = new Set(['slow-2g', '2g', '3g'])
const INTENT = ['pointerdown', 'touchstart', 'wheel']
// Keys the deck acts on: held back from the page (no scrolling) until the app has them.
const DECK_KEYS = new Set(['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageDown', 'PageUp', ' ', 'Enter', 'Home', 'End'])

/**
 * Whether to start the app without waiting for the reader: yes unless the browser says
 * the connection is slow or the reader asked to save data. Browsers that do not say
 * (Safari, Firefox) count as fast.
 * @param {{ saveData?: boolean, effectiveType?: string } | undefined} connection
 */
export function startsAtOnce(connection) {
  return !connection || (!connection.saveData && !SLOW.has(connection.effectiveType ?? ''))
}

/** @param {Window} win */
function visit(win) {
  try {
    return win.sessionStorage
  }
  catch {
    return undefined
  }
}

/**
 * The reading page's switch leads to the slide whose section is being read.
 * @param {Document} doc
 * @returns {() => void} what undoes it (for tests)
 */
export function followReading(doc = document, win = window) {
  const switcher = doc.querySelector('.reading-switch')
  if (!switcher || !('IntersectionObserver' in win))
    return () => {}
  const seen = new win.IntersectionObserver((entries) => {
    const [top] = entries.filter(e => e.isIntersecting).sort((a, b) => a.boundingClientRect.top - b.boundingClientRect.top)
    if (top)
      switcher.setAttribute('href', top.target.getAttribute('data-slides-link'))
  }, { rootMargin: '-30% 0px -60% 0px' })
  for (const section of doc.querySelectorAll('.reading-section'))
    seen.observe(section)
  return () => seen.disconnect()
}

/**
 * @param {Document} doc
 * @param {Window} win
 * @param {(url: string) => Promise<unknown>} load how a module is started (tests watch it)
 * @returns {() => void} what undoes it (for tests)
 */
export function bootDeck(doc = document, win = window, load = url => import(url)) {
  const app = doc.querySelector('meta[name="deck-app"]')
  const copy = doc.getElementById('prerendered')
  if (!app || !copy)
    return () => {}
  // Choosing to read forgets the choice of slides.
  doc.querySelector('.deck-touch-read')?.addEventListener('click', () => visit(win)?.removeItem(VIEW))
  const modules = app.getAttribute('content').split(' ')
  let started = false
  const start = (event) => {
    // A touch control is a link to another page: no use starting the app here.
    if (started || event?.target?.closest?.('.deck-touch'))
      return
    started = true
    for (const type of INTENT)
      win.removeEventListener(type, start, true)
    // Every module the app needs at once, fetched side by side rather than one by one.
    for (const href of modules.slice(1)) {
      const link = doc.createElement('link')
      link.rel = 'modulepreload'
      link.href = href
      doc.head.append(link)
    }
    load(modules[0])
  }
  // Until the app has taken the page over, deck keys wait here, then reach it in order.
  const queued = []
  const hold = (event) => {
    start()
    if (!DECK_KEYS.has(event.key))
      return
    event.preventDefault()
    event.stopImmediatePropagation()
    queued.push({ key: event.key, code: event.code, shiftKey: event.shiftKey, altKey: event.altKey, ctrlKey: event.ctrlKey, metaKey: event.metaKey })
  }
  win.addEventListener('keydown', hold, true)
  const handedOver = new MutationObserver(() => {
    if (copy.isConnected)
      return
    handedOver.disconnect()
    win.removeEventListener('keydown', hold, true)
    // One at a time, as a hand would press them: the deck moves on a key only once the
    // previous move has landed. Each is let go of too: the deck repeats a key held down.
    queued.forEach((key, i) => win.setTimeout(() => {
      win.dispatchEvent(new KeyboardEvent('keydown', key))
      win.dispatchEvent(new KeyboardEvent('keyup', key))
    }, i * KEY_GAP_MS))
  })
  handedOver.observe(copy.parentNode, { childList: true })

  const whenIdle = () => (win.requestIdleCallback ?? (fn => win.setTimeout(fn, 200)))(start)
  if (startsAtOnce(win.navigator.connection))
    win.addEventListener('load', whenIdle, { once: true })
  for (const type of INTENT)
    win.addEventListener(type, start, { capture: true, passive: true })
  return () => {
    started = true
    handedOver.disconnect()
    win.removeEventListener('keydown', hold, true)
    win.removeEventListener('load', whenIdle)
    for (const type of INTENT)
      win.removeEventListener(type, start, true)
  }
}

if (typeof document !== 'undefined' && document.querySelector('script[src$="/deck-boot.js"]')) {
  followReading()
  bootDeck()
}
