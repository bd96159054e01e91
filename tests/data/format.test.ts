import type { Article } from '../../data/schema'
import { describe, expect, it } from 'vitest'
import { formatDate, hostOf, linkTexts, paginate } from '../../data/format'
import { daysBetween, DEFAULT_MAX_AGE_DAYS, freshnessWarning, maxAgeFromEnv, todayIso } from '../../data/freshness'
import { publishedWithNote } from '../../data/selectors'
import { article } from '../fixture-deck'

describe('formatDate', () => {
  it.each([
    ['2025-08-27', '27 Aug 2025'],
    ['2026-02-07', '7 Feb 2026'],
    ['2025-12', 'Dec 2025'],
  ])('%s → %s', (iso, text) => expect(formatDate(iso)).toBe(text))

  it.each(['2025-13-01', '27/08/2025', ''])('rejects %j', iso => expect(() => formatDate(iso)).toThrow())
})

describe('linkTexts', () => {
  it('names each link by its host, numbering a host from its second link', () => {
    expect(linkTexts(['https://www.bbc.com/a', 'https://example.org/x', 'https://bbc.com/b', 'https://m.bbc.com/c'])).toEqual(['bbc.com', 'example.org', 'bbc.com (2)', 'bbc.com (3)'])
  })
})

describe('hostOf', () => {
  it('names the site without www or mobile prefixes', () => {
    expect(hostOf('https://www.business-standard.com/a/b')).toBe('business-standard.com')
    expect(hostOf('https://m.rediff.com/news/x')).toBe('rediff.com')
    expect(hostOf('https://en.wikipedia.org/wiki/X')).toBe('en.wikipedia.org')
  })

  it('keeps a prefix that is part of the site\'s own name', () => {
    expect(hostOf('https://news.az/news/a')).toBe('news.az')
    expect(hostOf('https://www.news.az/x')).toBe('news.az')
  })
})

describe('paginate', () => {
  it.each([
    [16, 6, [6, 5, 5]],
    [16, 4, [4, 4, 4, 4]],
    [10, 3, [3, 3, 2, 2]],
    [2, 5, [2]],
    [0, 5, [0]],
  ])('%i items by %i → %j', (n, size, sizes) => {
    const items = Array.from({ length: n }, (_, i) => i)
    const pages = paginate(items, size)
    expect(pages.map(p => p.length)).toEqual(sizes)
    expect(pages.flat()).toEqual(items)
  })
})

describe('freshness', () => {
  it('counts whole days between ISO dates', () => {
    expect(daysBetween('2026-11-24', '2026-11-24')).toBe(0)
    expect(daysBetween('2026-01-31', '2026-03-01')).toBe(29)
  })

  it('is quiet within the limit and names the date beyond it', () => {
    expect(freshnessWarning('2026-11-24', '2027-02-22')).toBeNull()
    const warning = freshnessWarning('2026-11-24', '2027-02-23')
    expect(warning).toContain('24 Nov 2026')
    expect(warning).toContain('91 days ago')
    expect(warning).toContain('meta.verifiedOn')
  })

  it('takes the limit from DECK_MAX_AGE_DAYS and refuses nonsense', () => {
    expect(maxAgeFromEnv({})).toBe(DEFAULT_MAX_AGE_DAYS)
    expect(maxAgeFromEnv({ DECK_MAX_AGE_DAYS: '30' })).toBe(30)
    expect(() => maxAgeFromEnv({ DECK_MAX_AGE_DAYS: 'soon' })).toThrow(/whole number/)
    expect(freshnessWarning('2026-11-24', '2026-12-30', 30)).toContain('36 days ago')
  })

  it('reads today in UTC', () => {
    expect(todayIso(new Date('2026-11-26T23:30:00Z'))).toBe('2026-11-26')
  })
})

describe('publishedWithNote', () => {
  const withSource = (source: Partial<Article['source']>) => ({ ...article, source: { ...article.source, ...source } })
  it('adds the caveat in brackets when the date is approximate', () => {
    expect(publishedWithNote(withSource({ published: 'early March 2026', publishedNote: 'approximate' }))).toBe('early March 2026 (approximate)')
  })
  it('gives the date alone when there is no caveat', () => {
    expect(publishedWithNote(withSource({ published: '12 March 2026', publishedNote: undefined }))).toBe('12 March 2026')
  })
})
