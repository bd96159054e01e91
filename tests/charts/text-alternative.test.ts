import { describe, expect, it } from 'vitest'
import { seriesAlternative, timelineAlternative } from '../../charts/text-alternative'
import { epiloguePages, eventById, seriesById } from '../../data'
import { article } from '../fixture-deck'

describe('seriesAlternative', () => {
  it('tells a chart as its figures, each with its note and confidence', () => {
    const footfall = seriesById(article, 'footfall')
    const alt = seriesAlternative(footfall)
    expect(alt.title).toBe(footfall.title)
    expect(alt.summary).toBe(`${footfall.points.length} figures in people, from Mar 2025 to May 2026.`)
    expect(alt.lines).toHaveLength(footfall.points.length)
    expect(alt.lines).toContain('May 2026: 1150–1350 people (two counts disagree), contested')
  })

  it('names the events marked on the axis, with a planned or scheduled one said to be so', () => {
    const toll = seriesById(article, 'toll')
    const alt = seriesAlternative(toll, [eventById(article, 'toll-ends')])
    expect(alt.lines.at(-1)).toBe('Marked on the time axis: The old bridge\'s toll is due to end, 31 Dec 2026 (scheduled)')
  })
})

describe('timelineAlternative', () => {
  it('tells a page of the timeline event by event, with track and marks in words', () => {
    const pages = epiloguePages(article)
    const last = timelineAlternative(pages.at(-1)!, article.deck.tracks, pages.length, pages.length)
    expect(last.title).toBe(`What happened next (${pages.length} of ${pages.length})`)
    expect(last.lines).toHaveLength(pages.at(-1)!.length)
    expect(last.lines).toContain('30 Nov 2026, The works, planned: Opening planned')
    expect(last.lines.find(l => l.startsWith('2 Apr 2026'))).toBe('2 Apr 2026, The council: The council opens the tender')
  })
})
