import { describe, expect, it } from 'vitest'
import { validateArticle } from '../../data/validate'
import { LEAST_DECK } from '../least-deck'

const withSource = (url: string) => () => validateArticle({ ...LEAST_DECK, source: { ...LEAST_DECK.source, url } })

describe('a source address', () => {
  it('is taken as a browser writes it', () => {
    expect(withSource('https://example.org/a?b=1#c')).not.toThrow()
  })

  it.each([
    ['a default port', 'https://example.org:443/a', 'https://example.org/a'],
    ['a capital in the host', 'https://Example.org/a', 'https://example.org/a'],
    ['no path', 'https://example.org', 'https://example.org/'],
    ['a space', 'https://example.org/a b', 'https://example.org/a%20b'],
  ])('written with %s is refused, naming the field and how to write it', (_, url, written) => {
    expect(withSource(url)).toThrow(`source.url: must be written as browsers write it: ${written}`)
  })
})
