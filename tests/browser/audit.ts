// Runs inside the page (serialised by page.evaluate): keep it self-contained.
export interface SlideAudit {
  outside: string[]
  overlap: string[]
  overflow: string[]
  tiny: string[]
  smallest: number
  diagrams: { svg: boolean, text: string, alt: string }[]
}

/** `slack`: how many px content may reach past its box before it counts as overflowing. */
export function auditSlide({ no, minPx, slack = 2 }: { no: number, minPx: number, slack?: number }): SlideAudit {
  const slide = document.querySelector(`.slidev-page-${no}`) as HTMLElement
  const box = slide.getBoundingClientRect()
  const result: SlideAudit = { outside: [], overlap: [], overflow: [], tiny: [], smallest: Infinity, diagrams: [] }
  // The footer (source and freshness) must stay clear of the slide's content.
  const footerTop = slide.querySelector('.source-note')?.getBoundingClientRect().top ?? Infinity
  const name = (el: Element) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)}"`
  const skip = (el: Element) => {
    const s = getComputedStyle(el)
    return s.display === 'none' || s.visibility === 'hidden' || !!el.closest('.sr-only')
  }
  const ownText = (el: Element) => [...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())

  // SVG text is set in the drawing's own units: its size on the slide is scaled with the
  // drawing (rendered width over viewBox width, taken back to the unscaled slide).
  const slideScale = box.width / slide.offsetWidth
  const drawnScale = (el: Element) => {
    const svg = el.closest('svg')
    const viewBox = svg?.viewBox.baseVal
    return svg && viewBox?.width ? svg.getBoundingClientRect().width / slideScale / viewBox.width : 1
  }

  const scan = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      if (!ownText(el) || skip(el) || el.closest('style, title, desc'))
        continue
      const r = el.getBoundingClientRect()
      if (!r.width && !r.height)
        continue
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
        result.outside.push(name(el))
      if (!el.closest('.source-note') && r.bottom > footerTop + 1)
        result.overlap.push(name(el))
      const px = Number.parseFloat(getComputedStyle(el).fontSize) * drawnScale(el)
      result.smallest = Math.min(result.smallest, px)
      if (px < minPx - 0.05)
        result.tiny.push(`${name(el)} at ${px.toFixed(1)}px`)
    }
  }

  scan(slide)
  for (const el of slide.querySelectorAll<HTMLElement>('*')) {
    if (skip(el) || el instanceof SVGElement || getComputedStyle(el).display.startsWith('inline'))
      continue
    if (el.scrollWidth > el.clientWidth + slack || el.scrollHeight > el.clientHeight + slack)
      result.overflow.push(`${name(el)} (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`)
  }

  for (const figure of slide.querySelectorAll('[data-diagram]')) {
    const svg = figure.querySelector('svg')
    result.diagrams.push({
      svg: !!svg && svg.getBoundingClientRect().height > 0,
      // What the drawing shows: its labels, not its <title>.
      text: Array.from(svg?.querySelectorAll('text') ?? [], t => t.textContent).join(' ').replace(/\s+/g, ' '),
      alt: figure.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    })
  }
  return result
}
