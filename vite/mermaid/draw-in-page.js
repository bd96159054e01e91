// @ts-check
// Runs in the render page, after Mermaid's own bundle: draws one diagram and returns it as
// a self-contained SVG. Plain JavaScript, loaded as a script, so that no compiler's helpers
// reach the page. Mermaid's stylesheet (scoped to the diagram's id) becomes inline styles,
// as the browser computed them: a page with many diagrams then has no stylesheet of theirs
// to clash, and a Vue template (which drops <style>) keeps every colour. Each colour of the
// deck's palette becomes its CSS variable, so the drawing follows the page's scheme.

/** The presentation properties Mermaid's stylesheet sets. */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'display',
  'visibility',
]

/** What the drawing's parts are, for whoever reads it: styles are inline, so no other class is needed. */
const KEPT_CLASSES = new Set(['node', 'cluster', 'edgeLabel', 'label', 'background'])

/**
 * @param {{ id: string, text: string, name: string, config: object, palette: Record<string, string>, standIns: { quote: string, mark: string } }} job
 * @returns {Promise<{ svg: string } | { error: string }>} the drawing, or Mermaid's message when it cannot draw it
 */
globalThis.drawDiagram = async function drawDiagram({ id, text, name, config, palette, standIns }) {
  const mermaid = /** @type {any} */ (globalThis).mermaid
  mermaid.initialize({ ...config, startOnLoad: false, deterministicIDSeed: id })
  let svg
  try {
    svg = (await mermaid.render(id, text)).svg
  }
  catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
  // The deck's variables, in their light values, so that a colour written as its variable
  // is still the colour it was (and a child need not write again what it inherits).
  for (const [colour, variable] of Object.entries(palette))
    document.documentElement.style.setProperty(variable.slice(4, -1), colour)
  const host = document.createElement('div')
  document.body.append(host)
  host.innerHTML = svg
  const root = /** @type {SVGSVGElement} */ (host.querySelector('svg'))
  const elements = [root, ...root.querySelectorAll('*')]
  const wanted = elements.map(el => PROPERTIES.map(p => getComputedStyle(el).getPropertyValue(p)))
  root.querySelectorAll('style').forEach(s => s.remove())
  elements.forEach((el, i) => {
    // Parents first (document order), so a child writes only what it does not inherit. The
    // drawing itself writes everything: in a slide it would inherit the slide's own.
    const now = getComputedStyle(el)
    const style = PROPERTIES.flatMap((p, k) => el !== root && now.getPropertyValue(p) === wanted[i][k] ? [] : [`${p}:${wanted[i][k]}`])
    if (style.length)
      el.setAttribute('style', style.join(';').replace(/rgb\(\d+, \d+, \d+\)/g, c => palette[c] ?? c))
    else
      el.removeAttribute('style')
    for (const attr of [...el.attributes].filter(a => a.name.startsWith('data-')))
      el.removeAttribute(attr.name)
  })
  // Labels were laid out with stand-ins for what Mermaid's syntax cannot hold; put the real text back.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const textNode = /** @type {Text} */ (node)
    textNode.data = textNode.data.replaceAll(standIns.quote, '"').replaceAll(standIns.mark, '')
  }
  // What the drawing does not use is left out, and coordinates kept to a tenth of a pixel:
  // the markers Mermaid defines for every arrow kind, ids nothing points at, 15-digit numbers.
  const used = new Set(Array.from(root.outerHTML.matchAll(/url\(#([^)]+)\)/g), m => m[1]))
  root.querySelectorAll('marker').forEach(m => used.has(m.id) || m.remove())
  root.querySelectorAll('[id]').forEach(el => used.has(el.id) || el.tagName === 'title' || el.removeAttribute('id'))
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      if (attr.name === 'class')
        attr.value = attr.value.split(' ').filter(c => KEPT_CLASSES.has(c)).join(' ')
      else
        attr.value = attr.value.replace(/-?\d+\.\d{2,}/g, n => String(Math.round(Number(n) * 10) / 10))
      if (!attr.value || (attr.value === 'normal' && attr.name.startsWith('font-')))
        el.removeAttribute(attr.name)
    }
  }
  // Shapes that draw nothing: Mermaid's invisible links, and label backgrounds it never sized.
  root.querySelectorAll('path[style*="stroke-width:0px"], rect:not([width])').forEach(el => el.remove())
  // A row's words, one tspan each with nothing of their own to say, as the row's text.
  root.querySelectorAll('tspan').forEach((row) => {
    const words = [...row.children]
    if (words.length && words.every(w => w.tagName === 'tspan' && !w.attributes.length && !w.children.length))
      row.textContent = words.map(w => w.textContent).join('')
  })
  // Groups that only group (no transform, style or class) give their children to their parent.
  root.querySelectorAll('g').forEach(g => g.attributes.length || g.replaceWith(...g.childNodes))
  // Drawn at its own size (the page scales it down to its frame, never up), named for screen readers.
  const box = root.viewBox.baseVal
  root.setAttribute('width', String(Math.ceil(box.width)))
  root.setAttribute('height', String(Math.ceil(box.height)))
  root.setAttribute('role', 'img')
  root.removeAttribute('aria-roledescription')
  // Mermaid's own title (an author's accTitle) is kept unless the caller names the diagram;
  // without either, the labels it draws name it.
  let title = root.querySelector(':scope > title')
  if (!title) {
    title = document.createElementNS('http://www.w3.org/2000/svg', 'title')
    title.id = `${id}-title`
    title.textContent = `Diagram: ${Array.from(root.querySelectorAll('text'), t => t.textContent?.trim()).filter(Boolean).join(', ')}`
    root.prepend(title)
  }
  if (name)
    title.textContent = name
  root.setAttribute('aria-labelledby', title.id)
  const out = root.outerHTML
  host.remove()
  return { svg: out }
}
