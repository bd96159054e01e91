import { describe, expect, it } from 'vitest'
import { confidenceWords, eventMark, eventMarkWords, eventStandingInFull } from '../../data'

// The words for how firm a thing is, one home for every view (data/standing.ts); the
// briefing's tense is in briefing.test.ts.
describe('how firm a reported thing is', () => {
  it('says "one source" or "contested", and nothing when several sources agree', () => {
    expect(confidenceWords('single-source')).toBe('one source')
    expect(confidenceWords('contested')).toBe('contested')
    expect(confidenceWords('multi-source')).toBeUndefined()
  })

  it('marks an event by its status before its sources, in the words of its mark, and a firm one not at all', () => {
    expect(eventMark({ status: 'planned', confidence: 'contested' })).toBe('planned')
    expect(eventMarkWords({ status: 'planned', confidence: 'contested' })).toBe('planned')
    expect(eventMark({ confidence: 'single-source' })).toBe('single-source')
    expect(eventMarkWords({ confidence: 'single-source' })).toBe('one source')
    expect(eventMark({ confidence: 'multi-source' })).toBe('firm')
    expect(eventMarkWords({ confidence: 'multi-source' })).toBeUndefined()
  })

  it('spells an event\'s standing out for a reader who sees no mark: its status, then its sources, always', () => {
    expect(eventStandingInFull({ status: 'planned', confidence: 'multi-source' })).toBe('planned, not yet seen to happen, several sources')
    expect(eventStandingInFull({ status: 'scheduled', confidence: 'single-source' })).toBe('scheduled, outcome not in the record, one source')
    expect(eventStandingInFull({ confidence: 'contested' })).toBe('contested')
  })
})
