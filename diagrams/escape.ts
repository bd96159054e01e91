// Mermaid reads quoted labels as markup-ish text: quotes end the label, brackets and
// pipes change node shapes, `%%` starts directives, and `<` can reach the SVG as HTML.
// Anything outside a small safe set is written as a Mermaid entity code (#NNN;), which
// renders as the character itself.
const SAFE = /[\p{L}\p{M}\p{N} .,:'’!?–—/+-]/u

export function escapeLabel(text: string): string {
  return Array.from(text.replace(/\s+/g, ' ').trim(), ch => SAFE.test(ch) ? ch : `#${ch.codePointAt(0)};`).join('')
}

/** accTitle/accDescr run to the end of the line and are not entity-decoded. */
export function escapeAccessibleText(text: string): string {
  return text.replace(/[\s]+/g, ' ').replace(/[{}%`;<>]/g, ' ').replace(/ {2,}/g, ' ').trim()
}

export function nodeId(prefix: string, id: string): string {
  return `${prefix}_${id.replace(/-/g, '_')}`
}
