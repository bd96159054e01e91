import { describe, expect, it } from 'vitest'
import { pointById, promptsFor } from '../../../data'
import { researchNotes } from '../../../scripts/lib/shared-material'
import { article } from '../../deck-under-test'
import { itNeeds } from '../../needs-material'

// Not fingerprinted: the research notes grow (facts-update-2026-07.md came later), so hashes
// of their URLs would fail CI each time research is added, and hashes of only the URLs we cite
// would restate data/context.ts. Where the notes are missing, the check is skipped.
const withResearch = itNeeds(researchNotes())
const urls = [...article.context.flatMap(e => e.sources), ...article.assessments.flatMap(a => a.sources), ...article.series.flatMap(s => s.points.flatMap(p => p.sources))]

describe('the India–Russia deck\'s dated record', () => {
  it('holds its points, dated context, claim checks, prompts and the dates the record was verified', () => {
    expect(article.points.length).toBeGreaterThan(40)
    expect(article.context.length).toBeGreaterThan(10)
    expect(article.assessments.length).toBeGreaterThan(5)
    expect(article.prompts.length).toBeGreaterThan(10)
    expect(article.meta.verifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('cites only https sources', () => {
    for (const url of urls)
      expect(url).toMatch(/^https:\/\//)
  })

  withResearch('cites only sources the research notes list', (research) => {
    for (const url of urls)
      expect(research.includes(url), `${url} is in no research note (shared/research/*.md)`).toBe(true)
  })

  it('dates every event in ISO form, in order, no later than the day it was verified', () => {
    const { verifiedOn } = article.meta
    for (const e of article.context) {
      expect(e.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/)
      expect(e.date <= verifiedOn, e.id).toBe(true)
    }
  })

  it('starts the epilogue when the 50% took effect and ends the record with the last event seen to happen, where the sources end', () => {
    expect(article.context[0].date).toBe('2025-08-27')
    // The last event is dated by its month only: the record ends within that month.
    expect(article.meta.recordThrough.startsWith(article.context.filter(e => !e.status).at(-1)!.date)).toBe(true)
    expect(article.meta.sourcesEnd).toBe(article.meta.recordThrough)
  })

  it('shows what the update to July 2026 corrected: Section 122 at 10% but contested, its end as scheduled, the 301 duty dated 2 June', () => {
    const byId = new Map(article.context.map(e => [e.id, e]))
    expect(byId.get('section-122-surcharge')).toMatchObject({ confidence: 'contested', label: expect.stringContaining('10%') })
    expect(byId.get('section-122-end')).toMatchObject({ date: '2026-07-24', status: 'scheduled', confidence: 'multi-source' })
    expect(byId.get('section-301-proposal')).toMatchObject({ date: '2026-06-02', confidence: 'multi-source' })
    expect(byId.get('brics-summit')).toMatchObject({ status: 'planned' })
  })

  it('ties every claim check to a point that exists', () => {
    for (const check of article.assessments)
      expect(() => pointById(article, check.point), check.id).not.toThrow()
  })

  it('checks what the research flags as wrong: the title, the first tariff and the sectors', () => {
    const verdictOf = (point: string) => article.assessments.find(a => a.point === point)?.verdict
    expect(verdictOf('intro-escalation')).toBe('wrong')
    expect(verdictOf('tariff-first-step')).toBe('wrong')
    expect(verdictOf('tariff-doubled')).toBe('wrong')
  })

  it('gives every titled section but the FAQ two or three discussion prompts', () => {
    for (const s of article.source.sections.filter(s => s.id !== 'faqs')) {
      const n = promptsFor(article, s.id).length
      expect(n >= 2 && n <= 3, `${s.id} has ${n} prompts`).toBe(true)
    }
  })
})
