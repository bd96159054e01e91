import { describe, expect, it } from 'vitest'
import { bottomLineSources, briefingEvents, checksWith, eventById, eventStanding } from '../../data'
import { article } from '../deck-under-test'

describe('the briefing\'s selections', () => {
  it('cites one source per thing a bottom-line sentence rests on: the article first, then checks, then events, once each', () => {
    const line = { id: 'x', label: 'X', text: 'x', sections: ['standfirst', 'energy'], checks: ['check-visit', 'check-visit'], events: ['brics-summit'] }
    expect(bottomLineSources(article, line)).toEqual([
      article.source.url,
      article.assessments.find(c => c.id === 'check-visit')!.sources[0],
      eventById(article, 'brics-summit').sources[0],
    ])
  })

  it('groups checks by the verdicts asked for, in that order', () => {
    const got = checksWith(article, ['unverifiable', 'accurate'])
    expect(got.map(c => c.verdict)).toEqual([...got.filter(c => c.verdict === 'unverifiable'), ...got.filter(c => c.verdict === 'accurate')].map(c => c.verdict))
    expect(got.length).toBe(article.assessments.filter(c => ['unverifiable', 'accurate'].includes(c.verdict)).length)
    expect(checksWith(article, [])).toEqual([])
  })

  it('watches only what the record has not seen happen: planned, scheduled or a proposal', () => {
    for (const e of briefingEvents(article, 'watch'))
      expect(!!e.status || /propos/i.test(e.label), e.id).toBe(true)
  })

  it('lists as changes only events the record saw happen', () => {
    for (const e of briefingEvents(article, 'changes'))
      expect(e.status, e.id).toBeUndefined()
  })

  it('says how firm an event is: planned or scheduled (in the past tense once passed), else contested or one source', () => {
    const on = (date: string, extra: object) => eventStanding({ date, confidence: 'multi-source', ...extra }, '2026-11-27')
    expect(on('2026-12-01', { status: 'planned' })).toBe('planned')
    expect(on('2026-07-24', { status: 'scheduled' })).toBe('was scheduled')
    expect(on('2026-02-07', { confidence: 'contested' })).toBe('contested')
    expect(on('2026-01-28', { confidence: 'single-source' })).toBe('one source')
    expect(on('2026-03-05', {})).toBeUndefined()
  })
})
