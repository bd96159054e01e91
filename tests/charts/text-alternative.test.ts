import { describe, expect, it } from 'vitest'
import { seriesAlternative, timelineAlternative } from '../../charts/text-alternative'
import { epiloguePages, eventById, seriesById } from '../../data'
import { article } from '../deck-under-test'

describe('seriesAlternative', () => {
  it('tells a chart as its figures, each with its note and confidence', () => {
    const crude = seriesById(article, 'india-russian-crude')
    const alt = seriesAlternative(crude)
    expect(alt.title).toBe(crude.title)
    expect(alt.summary).toBe(`${crude.points.length} figures in mb/d, from Jan 2022 to Mar 2026.`)
    expect(alt.lines).toHaveLength(crude.points.length)
    expect(alt.lines).toContain('Dec 2025: 1.1–1.27 mb/d (one outlet gives 1.38), contested')
  })

  it('names the events marked on the axis, with a planned or scheduled one said to be so', () => {
    const tariff = seriesById(article, 'us-tariff-india')
    const alt = seriesAlternative(tariff, [eventById(article, 'section-122-end')])
    expect(alt.lines.at(-1)).toBe('Marked on the time axis: Section 122 surcharge reaches its legal limit, 24 Jul 2026 (scheduled)')
  })
})

describe('timelineAlternative', () => {
  it('tells a page of the timeline event by event, with track and marks in words', () => {
    const pages = epiloguePages(article)
    const last = timelineAlternative(pages.at(-1)!, article.deck.tracks, pages.length, pages.length)
    expect(last.title).toBe(`What happened next (${pages.length} of ${pages.length})`)
    expect(last.lines).toHaveLength(pages.at(-1)!.length)
    expect(last.lines).toContain('12 Sep 2026, India and Russia, planned: BRICS summit in New Delhi; Putin expected to attend')
    expect(last.lines.find(l => l.startsWith('24 Jun 2026'))).toBe('24 Jun 2026, Oil, sanctions and the Gulf: Tankers cross Hormuz again, at about half the usual rate')
  })
})
