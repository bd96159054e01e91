import { describe, expect, it } from 'vitest'
import { aboutDate, freshnessLine } from '../../data/format'
import { validateArticle } from '../../data/validate'
import { LEAST_DECK } from '../least-deck'

describe('where the sources end', () => {
  it.each([
    ['2026-07-05', 'early Jul 2026'],
    ['2026-07-10', 'early Jul 2026'],
    ['2026-07-11', 'mid-Jul 2026'],
    ['2026-07-20', 'mid-Jul 2026'],
    ['2026-07-21', 'late Jul 2026'],
    ['2026-07', 'Jul 2026'],
  ])('reads %s as %s', (iso, said) => {
    expect(aboutDate(iso)).toBe(said)
  })

  it('is what the freshness line says, when the deck knows it; else the record\'s last day', () => {
    expect(freshnessLine({ verifiedOn: '2026-12-05', recordThrough: '2026-07-05', sourcesEnd: '2026-07-05' })).toBe('Context verified on 5 Dec 2026; the sources end early Jul 2026')
    expect(freshnessLine({ verifiedOn: '2026-12-05', recordThrough: '2026-06-24' })).toBe('Context verified on 5 Dec 2026; record through 24 Jun 2026')
  })

  const withMeta = (meta: object) => () => validateArticle({ ...LEAST_DECK, meta: { ...LEAST_DECK.meta, ...meta } })

  it('may not come after the day the sources were searched, nor before the record\'s last day', () => {
    expect(withMeta({ sourcesEnd: '2026-06-01' })).not.toThrow()
    expect(withMeta({ sourcesEnd: '2026-06-02' })).toThrow('meta.sourcesEnd: is after verifiedOn (2026-06-01)')
    expect(withMeta({ verifiedOn: '2026-07-01', sourcesEnd: '2026-05-31' })).toThrow('meta.sourcesEnd: is before recordThrough (2026-06-01)')
  })
})
