import { describe, expect, it } from 'vitest'
import { checkById } from '../../data'
import { answerKeyHtml, checkQuizPdf, quizSheetHtml, selfCheckItems } from '../../scripts/lib/quiz'
import { article } from '../fixture-deck'

const text = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ')
const items = selfCheckItems(article)

describe('the self-check on paper', () => {
  it('asks every self-check claim, in order, with a box for each verdict and no answer', () => {
    const sheet = text(quizSheetHtml(article, [], 'a4'))
    expect(items.map(i => i.check.id)).toEqual(article.selfCheck)
    let at = 0
    for (const { check, point } of items) {
      const found = sheet.indexOf(point.text, at)
      expect(found, check.topic).toBeGreaterThan(at)
      at = found
      expect(sheet).not.toContain(check.record)
    }
    expect(sheet.match(/unverifiable/g)!.length).toBe(items.length + 1)
    expect(sheet).toMatch(/Name\s+Date/)
  })

  it('gives the teacher each verdict, what the record shows, and its sources as links', () => {
    const html = answerKeyHtml(article, [], 'letter')
    const key = text(html)
    for (const { check } of items) {
      expect(key).toContain(`${check.topic}: ${check.verdict}`)
      expect(key).toContain(check.record)
      for (const url of check.sources)
        expect(html).toContain(`href="${url.replace(/&/g, '&amp;')}"`)
    }
    expect(html).toContain('size: Letter')
  })

  it('checks a printed sheet for a given-away answer, and a key for a missing record or link', () => {
    const first = checkById(article, article.selfCheck[0])
    const claims = items.map(i => i.point.text)
    const records = items.map(i => i.check.record)
    const links = items.map(i => [...i.check.sources])
    expect(checkQuizPdf('quiz', article, { pages: claims, links: [], tagged: true })).toEqual([])
    expect(checkQuizPdf('quiz', article, { pages: [...claims, records[0]], links: [], tagged: true })).toEqual([`gives away the record for "${first.topic}"`])
    expect(checkQuizPdf('answers', article, { pages: [...claims, ...records], links, tagged: true })).toEqual([])
    expect(checkQuizPdf('answers', article, { pages: [...claims, ...records.slice(1)], links: links.slice(1), tagged: false })).toEqual([
      'is not tagged for screen readers',
      `does not give the record for "${first.topic}"`,
      ...first.sources.map(u => `does not link ${u} for "${first.topic}"`),
    ])
  })
})
