import { describe, expect, it } from 'vitest'
import { diagramBuilders } from '../../diagrams'
import { checkPdfStructure, checkSlidesPdf, requiredPdfText } from '../../scripts/lib/verify'
import { article } from '../deck-under-test'

describe('requiredPdfText', () => {
  it('asks for every section heading and every diagram label', () => {
    const required = requiredPdfText(article)
    for (const s of article.source.sections)
      expect(required).toContain(s.heading)
    for (const label of diagramBuilders.cooperation(article).labels)
      expect(required).toContain(label)
    for (const e of article.context)
      expect(required.some(r => r.includes(e.label))).toBe(true)
    for (const verdict of new Set(article.assessments.map(a => a.verdict)))
      expect(required).toContain(verdict)
  })

  it('asks the briefing for its bottom line, every check\'s topic and the events it lists, not the class deck\'s headings', () => {
    const required = requiredPdfText(article, 'briefing')
    for (const b of article.briefing.bottomLine)
      expect(required).toContain(b.text)
    for (const c of article.assessments)
      expect(required).toContain(c.topic)
    expect(required).toContain(article.context.find(e => e.id === article.briefing.watch[0])!.label)
    expect(required).not.toContain(article.source.sections[2].heading)
  })
})

describe('checkSlidesPdf', () => {
  const pages = ['Title page', 'Energy: The Cornerstone of\nCooperation', 'Discounted crude oil']

  it('passes a PDF with one page per slide and all required text, however it is wrapped', () => {
    expect(checkSlidesPdf(pages, 3, ['Energy: The Cornerstone of Cooperation', 'Discounted crude oil'])).toEqual([])
  })

  it('finds required words set in capitals by CSS, but not missing ones', () => {
    expect(checkSlidesPdf(['WRONG', 'OUTDATED'], 2, ['wrong', 'outdated'])).toEqual([])
    expect(checkSlidesPdf(['WRONG', 'x'], 2, ['accurate'])).toEqual(['text "accurate" is missing'])
  })

  it('reports a figure label that is missing from its own page, however the text is wrapped', () => {
    const drawn = [[], ['Energy: The Cornerstone of Cooperation'], ['1.5', 'Mar 2026']]
    expect(checkSlidesPdf(pages, 3, [], drawn)).toEqual(['page 3 does not carry its figure\'s labels as text: "1.5", "Mar 2026"'])
    expect(checkSlidesPdf([...pages.slice(0, 2), 'Discounted crude oil 1.5 Mar\n2026'], 3, [], drawn)).toEqual([])
  })

  it('reports a wrong page count', () => {
    expect(checkSlidesPdf(pages, 4, [])).toEqual(['has 3 pages, expected one per slide (4)'])
  })

  it('reports an empty page and missing text', () => {
    const problems = checkSlidesPdf(['', 'Rare'], 2, ['Rare earths'])
    expect(problems).toEqual([
      'page 1 has no text',
      'text "Rare earths" is missing',
    ])
  })
})

describe('checkPdfStructure', () => {
  const info = { Title: 'T', Author: 'A', Subject: 'S', Keywords: 'K', Language: 'en' }

  it('passes bookmarks for every slide title (typographic quotes aside) and full metadata', () => {
    expect(checkPdfStructure({ outline: ['Intro', 'India’s answer'], info, tagged: true }, ['Intro', 'India\'s answer'])).toEqual([])
  })

  it('reports missing tags, bookmarks, metadata and language', () => {
    expect(checkPdfStructure({ outline: ['Intro'], info: { Title: 'T', Language: null }, tagged: false }, ['Intro', 'Energy'])).toEqual([
      'is not tagged for screen readers',
      'has no bookmark for "Energy"',
      'has no Author in its metadata',
      'has no Subject in its metadata',
      'has no Keywords in its metadata',
      'does not declare its language (en)',
    ])
  })
})
