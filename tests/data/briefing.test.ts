import { describe, expect, it } from 'vitest'
import { bottomLineSources, briefingEvents, checksWith, eventStanding } from '../../data'
import { article } from '../fixture-deck'
import { briefed } from '../fixture-variants'

describe('the briefing\'s selections', () => {
  it('cites one source per thing a bottom-line sentence rests on: the article first, then checks, then events, once each', () => {
    const [first, second] = article.source.sections
    const [check] = article.assessments
    const [event] = article.context
    const line = { id: 'x', label: 'X', text: 'x', sections: [first.id, second.id], checks: [check.id, check.id], events: [event.id] }
    expect(bottomLineSources(article, line)).toEqual([article.source.url, check.sources[0], event.sources[0]])
  })

  it('groups checks by the verdicts asked for, in that order', () => {
    // Asked for against the order the data gives them in, and not all of them.
    const asked = [...new Set(article.assessments.map(c => c.verdict))].reverse().slice(0, 2)
    const got = checksWith(article, asked)
    const groups = got.map(c => asked.indexOf(c.verdict))
    expect(groups).toEqual([...groups].sort((a, b) => a - b))
    expect(new Set(got)).toEqual(new Set(article.assessments.filter(c => asked.includes(c.verdict))))
    expect(checksWith(article, [])).toEqual([])
  })

  it('gives the events a briefing names as changes, and those to watch, in its order, not the record\'s', () => {
    for (const pick of ['changes', 'watch'] as const)
      expect(briefingEvents(briefed, pick).map(e => e.id), pick).toEqual(briefed.briefing![pick])
    expect(() => briefingEvents(article, 'watch')).toThrow(/no briefing/)
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
