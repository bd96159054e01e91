import { describe, expect, it } from 'vitest'
import { validateArticle } from '../../data/validate'
import { LEAST_DECK } from '../least-deck'

const withPointText = (text: string) => () => validateArticle({ ...LEAST_DECK, points: [{ ...LEAST_DECK.points[0], text }] })

describe('characters a reader cannot see', () => {
  it.each([
    ['a right-to-left override', 'Oil \u202Esaw a rise.', 'a right-to-left override (U+202E) at character 5'],
    ['a zero-width space', 'Oil\u200B prices rose.', 'a zero-width space (U+200B) at character 4'],
    ['a byte order mark', '\uFEFFOil prices rose.', 'a zero-width no-break space (byte order mark) (U+FEFF) at character 1'],
    ['a control code', 'Oil\u0007 prices rose.', 'an invisible control or formatting character (U+0007) at character 4'],
    ['a left-to-right isolate', 'Oil \u2066prices\u2069 rose.', 'a left-to-right isolate (U+2066) at character 5'],
  ])('refuse %s, naming the field, the character and where it stands', (_, text, said) => {
    expect(withPointText(text)).toThrow(`points[0].text: contains ${said}`)
  })

  it('are refused in any field, the deck\'s title too', () => {
    expect(() => validateArticle({ ...LEAST_DECK, deck: { title: 'A\u200Bdeck' } })).toThrow('deck.title: contains a zero-width space')
  })

  it('leave visible text alone, right-to-left scripts and the joiners some spellings need included', () => {
    for (const text of ['नमस्ते, क्षेत्र', 'می‌خواهم', 'سلام دنیا', 'Line one.\nLine two.', 'Family: 👨‍👩‍👧'])
      expect(withPointText(text), text).not.toThrow()
  })
})
