import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { UNSURE_CLASS } from '../../diagrams/epilogue'
import { DIAGRAM_COLOURS, mermaidTheme } from '../../diagrams/theme'

const css = readFileSync(join(__dirname, '../../styles/deck.css'), 'utf8')
/** The custom properties one rule block of deck.css defines. */
function block(selector: string): Map<string, string> {
  const body = css.match(new RegExp(`^${selector.replace('.', '\\.')} \\{([^}]*)\\}`, 'm'))?.[1] ?? ''
  return new Map([...body.matchAll(/--deck-([\w-]+):\s*([^;]+);/g)].map(m => [m[1], m[2].trim()]))
}

describe('mermaidTheme', () => {
  const palette = Object.fromEntries(DIAGRAM_COLOURS.map((n, i) => [n, `#00000${i}`]))

  it('draws nodes, borders, text, lines and labels in the deck\'s colours', () => {
    const { themeVariables, themeCSS } = mermaidTheme(n => palette[n], true)
    expect(themeVariables).toMatchObject({
      darkMode: true,
      primaryColor: palette['diagram-node'],
      primaryBorderColor: palette.accent,
      primaryTextColor: palette.ink,
      lineColor: palette.accent,
      clusterBkg: palette['diagram-cluster'],
      edgeLabelBackground: palette.bg,
      fontSize: '20px',
      dropShadow: 'none',
    })
    expect(themeCSS).toBe(`.node.${UNSURE_CLASS} > * { stroke: ${palette['accent-2']} !important; }`)
  })

  it('leaves out colours it cannot read, so Mermaid\'s own stand in', () => {
    const { themeVariables, themeCSS } = mermaidTheme(() => '', false)
    expect(themeVariables.primaryColor).toBeUndefined()
    expect(themeVariables.darkMode).toBe(false)
    expect(themeVariables.dropShadow).toBeUndefined()
    expect(themeCSS).toBe('')
  })
})

describe('styles/deck.css', () => {
  it.each([':root', 'html.dark'])('defines every diagram colour as a hex colour for %s', (selector) => {
    const vars = block(selector)
    for (const name of DIAGRAM_COLOURS)
      expect(vars.get(name), `--deck-${name}`).toMatch(/^#[0-9a-f]{6}$/i)
  })

  it('gives the dark scheme a value for every colour the light one has', () => {
    expect([...block('html.dark').keys()].sort()).toEqual([...block(':root').keys()].sort())
  })
})
