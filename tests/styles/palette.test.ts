// The documents printed beside the deck take its colours from styles/palette.ts, the slides
// from styles/deck.css: a colour changed in one and not the other would part them.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PALETTE } from '../../styles/palette'
import { lightPalette } from '../../vite/mermaid/theme'

const deckCss = readFileSync(new URL('../../styles/deck.css', import.meta.url), 'utf8')

describe('the printed documents\' palette', () => {
  it.each(Object.entries(PALETTE))('gives %s the value of its variable in styles/deck.css', (name, hex) => {
    expect(lightPalette(deckCss)[`deck-${name}`], `--deck-${name} in styles/deck.css`).toBe(hex)
  })
})
