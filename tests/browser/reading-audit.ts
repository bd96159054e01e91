// Runs inside the page (sent as its source): keep it self-contained.
export interface ReadingAudit {
  /** The reading page's sections, one per slide. */
  sections: number
  /** The page wider than the screen: it scrolls sideways. */
  sideways: string[]
  /** List items laid out in two columns at once: the column gap runs through them. */
  splitItems: string[]
  /** Words broken between two lines or columns, with no hyphen. */
  splitWords: string[]
  /** Text under `minPx`. */
  tiny: string[]
}

/**
 * The reading page as laid out at the present width. A split shows in the boxes the
 * browser gives a run of text (one per line it is on, in reading order): a list item whose
 * next line sits wholly above the one before it has gone on into the next column, and a
 * word on two lines was broken inside it.
 */
export function readingAudit({ minPx }: { minPx: number }): ReadingAudit {
  const result: ReadingAudit = { sections: document.querySelectorAll('.reading-section').length, sideways: [], splitItems: [], splitWords: [], tiny: [] }
  const quote = (text: string) => `"${text.trim().replace(/\s+/g, ' ').slice(0, 60)}"`
  const root = document.documentElement
  if (root.scrollWidth > root.clientWidth)
    result.sideways.push(`the page is ${root.scrollWidth} px wide on a screen ${root.clientWidth} px wide`)

  const range = document.createRange()
  const fragments = () => [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0)
  // One fragment wholly above or below another: on another line (or column), not beside it on the same one.
  const apart = (a: DOMRect, b: DOMRect) => b.bottom <= a.top + 1 || b.top >= a.bottom - 1
  const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && el.getBoundingClientRect().width >= 2

  const items = new Map<Element, DOMRect[]>()
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement
    const text = node.textContent ?? ''
    // Text out of sight (a screen reader's, clipped to a pixel) has no place in the layout.
    if (!text.trim() || !el || el.closest('svg, style, script') || !shown(el) || el.getBoundingClientRect().height < 2)
      continue
    const px = Number.parseFloat(getComputedStyle(el).fontSize)
    if (px < minPx - 0.05)
      result.tiny.push(`${quote(text)} at ${px}px`)
    range.selectNodeContents(node)
    const item = el.closest('li')
    if (item)
      items.set(item, [...items.get(item) ?? [], ...fragments()])
    // A web address has to break somewhere on a phone, and any place will do.
    for (const chunk of text.matchAll(/\S+/g)) {
      if (chunk[0].includes('://'))
        continue
      for (const word of chunk[0].matchAll(/[\p{L}\p{N}]+/gu)) {
        range.setStart(node, chunk.index + word.index)
        range.setEnd(node, chunk.index + word.index + word[0].length)
        const parts = fragments()
        if (parts.some(p => apart(parts[0], p)))
          result.splitWords.push(`"${word[0]}" in ${quote(el.textContent ?? '')}`)
      }
    }
  }

  // Lines of text go down a column; a line above the one before it has gone on into the next.
  for (const [item, parts] of items) {
    if (parts.some((p, i) => i > 0 && p.bottom <= parts[i - 1].top + 1))
      result.splitItems.push(quote(item.textContent ?? ''))
  }
  return result
}
