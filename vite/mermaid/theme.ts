// How Mermaid draws the deck's diagrams: its config, and the deck's colours. Mermaid needs
// real colours to draw with, so it gets the light scheme's values from styles/deck.css;
// the drawing then swaps each for its CSS variable (draw-in-page.js), and the page's
// scheme (light, dark, print) colours it without a second render.
import { readFileSync } from 'node:fs'
import process from 'node:process'

/** Which deck variable paints each part of a diagram, by Mermaid's theme variable. */
const PARTS = {
  background: 'deck-bg',
  mainBkg: 'deck-diagram-node',
  primaryColor: 'deck-diagram-node',
  primaryBorderColor: 'deck-accent',
  nodeBorder: 'deck-accent',
  primaryTextColor: 'deck-ink',
  nodeTextColor: 'deck-ink',
  textColor: 'deck-ink',
  titleColor: 'deck-ink',
  lineColor: 'deck-accent',
  secondaryColor: 'deck-diagram-cluster',
  tertiaryColor: 'deck-card',
  clusterBkg: 'deck-diagram-cluster',
  clusterBorder: 'deck-diagram-cluster-border',
  edgeLabelBackground: 'deck-bg',
} as const

/** The deck's font, as styles/fonts.css and the slides name it. */
export const DIAGRAM_FONT = '\'Source Sans 3\', Arial, sans-serif'
/** Label size in px at the diagram's own size: a diagram that fits its frame shows it as is. */
export const DIAGRAM_FONT_PX = 20

/** The light scheme's `--deck-*` colours, by name, as written in the stylesheet's `:root` block. */
export function lightPalette(css: string): Record<string, string> {
  const root = css.match(/^:root\s*\{([^}]*)\}/m)?.[1] ?? ''
  return Object.fromEntries(Array.from(root.matchAll(/--(deck-[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi), m => [m[1], m[2].toLowerCase()]))
}

/** `#rrggbb` as the browser reports a computed colour. */
const computed = (hex: string) => `rgb(${[1, 3, 5].map(i => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`

export interface DiagramTheme {
  /** Mermaid's configuration, colours included. */
  config: Record<string, unknown>
  /** A computed colour of the light scheme to the CSS variable that paints it in every scheme. */
  palette: Record<string, string>
}

/**
 * The font a diagram is laid out and set in: the deck's, unless the build is told another by
 * DECK_DIAGRAM_FONT. The PPTX export says Arial: it lays its slides out where the deck's font
 * is not (scripts/lib/pptx-font.ts), and a drawing laid out for Source Sans 3 would be
 * cramped in Arial's wider letters.
 */
export function diagramFont(env: NodeJS.ProcessEnv = process.env): string {
  const asked = env.DECK_DIAGRAM_FONT
  if (!asked)
    return DIAGRAM_FONT
  if (!/^[\w -]+$/.test(asked))
    throw new Error(`DECK_DIAGRAM_FONT="${asked}" is no font family name (letters, digits, spaces and hyphens only)`)
  return `'${asked}', sans-serif`
}

export function diagramTheme(deckCss = readFileSync(new URL('../../styles/deck.css', import.meta.url), 'utf8'), font = diagramFont()): DiagramTheme {
  const colours = lightPalette(deckCss)
  const themeVariables: Record<string, string> = { fontFamily: font, fontSize: `${DIAGRAM_FONT_PX}px` }
  for (const [part, name] of Object.entries(PARTS)) {
    if (!colours[name])
      throw new Error(`styles/deck.css: :root has no --${name} as #rrggbb, which diagrams paint their ${part} with`)
    themeVariables[part] = colours[name]
  }
  return {
    config: {
      theme: 'base',
      look: 'classic',
      securityLevel: 'strict',
      htmlLabels: false,
      deterministicIds: true,
      fontFamily: font,
      flowchart: { htmlLabels: false, useMaxWidth: false, padding: 12, nodeSpacing: 28, rankSpacing: 40, wrappingWidth: 180 },
      themeVariables,
      // Mermaid lays an edge's label on a half-transparent box: the line showed through the words.
      themeCSS: '.edgeLabel rect { opacity: 1; }',
    },
    palette: Object.fromEntries(Object.entries(colours).map(([name, hex]) => [computed(hex), `var(--${name})`])),
  }
}
