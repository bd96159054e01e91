/** The deck colours (styles/deck.css, as `--deck-<name>`) diagrams are drawn with. */
export const DIAGRAM_COLOURS = ['bg', 'ink', 'accent', 'accent-2', 'diagram-node', 'diagram-cluster', 'diagram-cluster-border'] as const
export type DiagramColour = typeof DIAGRAM_COLOURS[number]

export interface MermaidTheme {
  themeVariables: Record<string, string | boolean | undefined>
  themeCSS: string
}

/**
 * Mermaid's theme for the current scheme, from the deck's own colours: one palette in
 * the stylesheet serves slides and diagrams, light or dark. A colour the reader cannot
 * find is left out, so Mermaid's default stands in (the browser suite checks the real
 * colours are drawn).
 */
export function mermaidTheme(colour: (name: DiagramColour) => string, dark: boolean): MermaidTheme {
  const c = (name: DiagramColour) => colour(name) || undefined
  return {
    themeVariables: {
      darkMode: dark,
      fontFamily: '"Source Sans 3", "Source Sans Pro", Arial, sans-serif',
      fontSize: '20px',
      background: c('bg'),
      primaryColor: c('diagram-node'),
      primaryBorderColor: c('accent'),
      primaryTextColor: c('ink'),
      lineColor: c('accent'),
      clusterBkg: c('diagram-cluster'),
      clusterBorder: c('diagram-cluster-border'),
      // Labels sit on the slide's own colour, not in boxes of another shade.
      edgeLabelBackground: c('bg'),
      tertiaryColor: c('bg'),
      // Mermaid's pale drop shadow reads as a glow on a dark slide.
      ...(dark ? { dropShadow: 'none' } : {}),
    },
    themeCSS: '',
  }
}
