import { describe, expect, it } from 'vitest'
import { clock, describePace, paceAt, timePlan } from '../../timing/pace'

describe('timePlan', () => {
  it('lays the slides end to end, in seconds', () => {
    expect(timePlan([0.5, 2, 1.5])).toEqual([{ start: 0, end: 30 }, { start: 30, end: 150 }, { start: 150, end: 240 }])
  })

  it('names the slide whose minutes are missing or wrong', () => {
    expect(() => timePlan([1, undefined])).toThrow(/Slide 2 needs its minutes/)
    expect(() => timePlan([1, 2, -1])).toThrow(/Slide 3/)
    expect(() => timePlan(['1'])).toThrow(/Slide 1/)
  })
})

describe('paceAt', () => {
  const slide = { start: 120, end: 180 }
  it('is ahead before the slide\'s time, on time within it, behind after it', () => {
    expect(paceAt(slide, 90)).toEqual({ status: 'ahead', by: 30 })
    expect(paceAt(slide, 120)).toEqual({ status: 'on time', by: 60 })
    expect(paceAt(slide, 172)).toEqual({ status: 'on time', by: 8 })
    expect(paceAt(slide, 180)).toEqual({ status: 'on time', by: 0 })
    expect(paceAt(slide, 245)).toEqual({ status: 'behind', by: 65 })
  })

  it('says nothing of pace before the timer starts', () => {
    expect(paceAt(slide, undefined)).toEqual({ status: 'not started', by: 0 })
  })
})

describe('how the presenter view words it', () => {
  it('reads as minutes and seconds', () => {
    expect(clock(0)).toBe('0:00')
    expect(clock(75.9)).toBe('1:15')
    expect(clock(3600)).toBe('60:00')
  })

  it('gives the budget, the planned window and the pace', () => {
    expect(describePace({ start: 120, end: 210 }, { status: 'behind', by: 65 })).toEqual({
      budget: 'This slide 1:30',
      planned: 'Planned 2:00–3:30',
      pace: '1:05 behind',
    })
    expect(describePace({ start: 0, end: 30 }, { status: 'on time', by: 8 }).pace).toBe('On time, 0:08 left')
    expect(describePace({ start: 0, end: 30 }, { status: 'not started', by: 0 }).pace).toMatch(/Start the timer/)
  })
})
