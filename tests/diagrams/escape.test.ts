import { describe, expect, it } from 'vitest'
import { escapeAccessibleText, escapeLabel, nodeId } from '../../diagrams/escape'

describe('escapeLabel', () => {
  it.each([
    ['quotes', 'say "hi"', '"'],
    ['brackets', 'a [b] (c) {d}', '['],
    ['pipes', 'a | b', '|'],
    ['arrows', 'x --> y', '>'],
    ['directives', '%%{init: {}}%%', '%'],
    ['markup', '<img src=x onerror=alert(1)>', '<'],
    ['entities', 'fish & chips #1;', '&'],
    ['backticks', '`code`', '`'],
  ])('neutralises %s', (_name, input, dangerous) => {
    expect(escapeLabel(input)).not.toContain(dangerous)
  })

  it('writes unsafe characters as Mermaid entity codes that decode back to the input', () => {
    const input = 'a "b" [c] | <d> %% e & f # g'
    const decoded = escapeLabel(input).replace(/#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    expect(decoded).toBe(input)
  })

  it('folds newlines and runs of space into one space', () => {
    expect(escapeLabel('  one\ntwo\r\n\tthree  ')).toBe('one two three')
  })

  it('keeps ordinary text, dashes, apostrophes and non-Latin letters readable', () => {
    expect(escapeLabel('India–Russia: Putin’s visit, 2025 - ok')).toBe('India–Russia: Putin’s visit, 2025 - ok')
    expect(escapeLabel('भारत روسيا')).toBe('भारत روسيا')
  })
})

describe('escapeAccessibleText', () => {
  it('keeps accessible text on one line and drops characters that could end it', () => {
    const out = escapeAccessibleText('a\nb {c} %% d; <e>')
    expect(out).not.toMatch(/[\n{}%;<>]/)
    expect(out).toContain('a b')
  })
})

describe('nodeId', () => {
  it('turns kebab ids into Mermaid-safe ids', () => {
    expect(nodeId('p', 'call-2025-08-08')).toBe('p_call_2025_08_08')
  })
})
