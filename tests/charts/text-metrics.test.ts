import { describe, expect, it } from 'vitest'
import { textWidth, wrapText } from '../../charts/text-metrics'

describe('textWidth', () => {
  it('adds up the advance widths of the wider font, scaled to the size', () => {
    // Arial is the wider here: "Hi" is 722 + 222 thousandths of an em (Source Sans 3: 652 + 246).
    expect(textWidth('Hi', 20, 400)).toBeCloseTo(18.88)
    expect(textWidth('Hi', 40, 400)).toBeCloseTo(2 * textWidth('Hi', 20, 400))
  })

  it('measures bold wider than regular', () => {
    expect(textWidth('A tender in spring', 18, 700)).toBeGreaterThan(textWidth('A tender in spring', 18, 400))
  })

  it('counts an accented letter as no narrower than its base letter, and a character neither table has as a full em', () => {
    expect(textWidth('é', 20, 400)).toBeGreaterThanOrEqual(textWidth('e', 20, 400))
    expect(textWidth('ن', 20, 400)).toBe(20)
  })
})

describe('wrapText', () => {
  const size = 20
  const widest = (lines: string[]) => Math.max(...lines.map(l => textWidth(l, size, 400)))

  it('keeps a label that fits on one line', () => {
    expect(wrapText('More trade', 300, size, 400)).toEqual(['More trade'])
  })

  it('breaks at spaces, no line wider than the width, every word kept in order', () => {
    const text = 'Market stalls would gain customers from the station path'
    const lines = wrapText(text, 200, size, 400)
    expect(lines.length).toBeGreaterThan(1)
    expect(widest(lines)).toBeLessThanOrEqual(200)
    expect(lines.join(' ')).toBe(text)
  })

  it('cuts a word longer than a line between letters, adding nothing', () => {
    const word = `Pneumonoultramicroscopicsilicovolcanoconiosis${'x'.repeat(40)}`
    const lines = wrapText(`${word} is long`, 150, size, 400)
    expect(widest(lines)).toBeLessThanOrEqual(150)
    expect(lines.join('').replace(/\s/g, '')).toBe(`${word}islong`)
  })

  it('collapses runs of white space', () => {
    expect(wrapText('  a \n  b  ', 300, size, 400)).toEqual(['a b'])
  })
})
