import { describe, expect, it } from 'vitest'
import { briefingEvents } from '../../../data'
import { article } from '../../deck-under-test'

describe('the India–Russia briefing\'s events', () => {
  it('watches only what the record has not seen happen: planned, scheduled or a proposal', () => {
    for (const e of briefingEvents(article, 'watch'))
      expect(!!e.status || /propos/i.test(e.label), e.id).toBe(true)
  })

  it('lists as changes only events the record saw happen', () => {
    for (const e of briefingEvents(article, 'changes'))
      expect(e.status, e.id).toBeUndefined()
  })
})
