// Writing data into Mermaid's flowchart syntax. A label goes between double quotes, where
// Mermaid reads most characters as text, but not all: a quote ends the label, `&lt;`,
// `&gt;` and `&amp;` are decoded, `#name;` becomes `&name;`, `<br>` breaks the line, and `%%` starts a comment or a directive anywhere in the text.
// Mermaid 12 with SVG labels decodes no numeric entity, so neither a quote nor a `#` can
// be written as an entity. Instead each of those is written as a stand-in of about its width,
// marked by a WORD JOINER (U+2060, which draws nothing): the renderer lays the diagram out
// with the stand-ins, then puts the real characters back into the drawn text
// (vite/mermaid/draw-in-page.js), so every label shows exactly as the data has it.

/** Marks a stand-in; data never keeps one (it is dropped from labels before escaping). */
export const STAND_IN_MARK = '\u2060'
/** A double prime is about a quote's width and cannot end a label. */
export const QUOTE_STAND_IN = `\u2033${STAND_IN_MARK}`
/** `#` and `%` followed by the mark can no longer start `#name;`, a `%%` comment or a `%%{init}%%` directive. */
const AFTER_MARK = /[#%]/g

/** `text` as the inside of a double-quoted Mermaid label: drawn as itself, whatever it holds. */
export function mermaidLabel(text: string): string {
  return text
    .replaceAll(STAND_IN_MARK, '')
    // A label is one run of text: Mermaid wraps it to the node's width.
    .replace(/\s+/g, ' ')
    .trim()
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', QUOTE_STAND_IN)
    .replace(AFTER_MARK, c => `${c}${STAND_IN_MARK}`)
}

/**
 * A node id Mermaid cannot misread: data ids are kebab-case and unique, so with their
 * hyphens (which could start an edge) as underscores and a prefix (a bare `end` or
 * `graph` would be syntax) they stay unique.
 */
export function mermaidId(prefix: string, id: string): string {
  return `${prefix}_${id.replaceAll('-', '_')}`
}

/** Spacing and wrapping a diagram sets for itself, in px at its drawn size (Mermaid's flowchart settings). */
export interface FlowchartLayout { wrappingWidth: number, rankSpacing: number, nodeSpacing?: number, padding?: number }

/** A flowchart's text with its own layout settings in Mermaid's front matter. */
export function flowchart(direction: 'LR' | 'TB', layout: FlowchartLayout, lines: string[]): string {
  const settings = Object.entries(layout).map(([key, value]) => `    ${key}: ${value}`)
  return ['---', 'config:', '  flowchart:', ...settings, '---', `flowchart ${direction}`, ...lines.map(line => `  ${line}`)].join('\n')
}

/**
 * The text alternative of an author's Mermaid block, from what Mermaid offers for it: its
 * `accTitle` and `accDescr` lines (the README asks authors for both).
 */
export function authoredAlternative(text: string): { title: string, summary: string, lines: string[] } {
  const field = (name: string) => text.match(new RegExp(`^\\s*${name}\\s*:\\s*(.+)$`, 'm'))?.[1].trim()
  return { title: field('accTitle') ?? 'A diagram', summary: field('accDescr') ?? '', lines: [] }
}
