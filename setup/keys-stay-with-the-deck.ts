// Slidev ignores every shortcut while a button or link has focus, so that Space and
// Enter reach the control. A mouse click leaves focus on what was clicked (a FAQ
// question, the nav bar's dark switch, a marker, a source link), and the arrows and the
// clicker then do nothing until someone clicks an empty part of the slide.

const CONTROL = 'a[href], button, [role="button"]'
// Keys a focused button or link has no use for, and presenters and clickers send.
const NAVIGATION_KEYS = new Set(['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageDown', 'PageUp'])

function focusedControl(doc: Document): HTMLElement | undefined {
  const el = doc.activeElement
  return el instanceof doc.defaultView!.HTMLElement && el.matches(CONTROL) ? el : undefined
}

/**
 * Gives the keyboard back to the deck: a control clicked with a pointer lets go of focus
 * (a keyboard user who activated it with Enter or Space keeps it), and navigation keys
 * move the deck even while a control has focus. Returns a function that undoes this.
 */
export function keepKeysWithTheDeck(win: Window): () => void {
  const doc = win.document
  const afterPointerClick = (e: MouseEvent) => {
    // detail is 0 when Enter or Space activated the control.
    if (e.detail > 0 && focusedControl(doc)?.contains(e.target as Node))
      focusedControl(doc)!.blur()
  }
  // Capture on window runs before Slidev's own key listener, which then sees no focus.
  const beforeDeckKeys = (e: KeyboardEvent) => {
    if (NAVIGATION_KEYS.has(e.key))
      focusedControl(doc)?.blur()
  }
  doc.addEventListener('click', afterPointerClick, true)
  win.addEventListener('keydown', beforeDeckKeys, true)
  return () => {
    doc.removeEventListener('click', afterPointerClick, true)
    win.removeEventListener('keydown', beforeDeckKeys, true)
  }
}
