import { describe, expect, it } from 'vitest'
import { briefingNoteHtml, checkBriefingNote } from '../../scripts/lib/briefing-note'
// The fixture has no briefing of its own; a note is made from one.
import { briefed as article } from '../fixture-variants'

const text = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ')

describe('the briefing note', () => {
  it('gives the article in three sentences, every claim with its verdict and record, the changes and what to watch', () => {
    const note = text(briefingNoteHtml(article, { fonts: [], paper: 'a4' }))
    for (const t of article.briefing!.inThree)
      expect(note).toContain(t.text)
    for (const c of article.assessments) {
      expect(note).toContain(`${c.topic} ${c.verdict}`)
      expect(note).toContain(c.record)
    }
    for (const id of [...article.briefing!.changes, ...article.briefing!.watch])
      expect(note).toContain(article.context.find(e => e.id === id)!.label)
  })

  it('carries a QR code to the deck only when its address is known', () => {
    expect(briefingNoteHtml(article, { fonts: [], paper: 'a4' })).not.toContain('QR code')
    const html = briefingNoteHtml(article, { fonts: [], paper: 'letter', url: 'https://example.org/deck/briefing/' })
    expect(html).toContain('aria-label="QR code: https://example.org/deck/briefing/"')
    expect(html).toContain('size: Letter')
  })

  it('is checked for its length and for every verdict, read back from the PDF', () => {
    const full = [text(briefingNoteHtml(article, { fonts: [], paper: 'a4' }))]
    const pdf = { pages: full, links: [[article.source.url]], tagged: true }
    expect(checkBriefingNote(article, pdf)).toEqual([])
    expect(checkBriefingNote(article, { ...pdf, pages: [...full, 'x', 'y'] })).toEqual(['has 3 pages; it must fit 2'])
    const first = article.assessments[0]
    expect(checkBriefingNote(article, { ...pdf, pages: [full[0].replace(`${first.topic} ${first.verdict}`, first.topic)] }))
      .toEqual([`lacks the claim "${first.topic}" with its verdict (${first.verdict})`])
  })
})
