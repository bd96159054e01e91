import { describe, expect, it } from 'vitest'
import { diagramById } from '../../diagrams'
import { loadSlides } from '../../scripts/lib/deck'
import { checkPdfStructure, checkSlidesPdf, requiredPdfText } from '../../scripts/lib/verify'
import { article, entryOf } from '../deck-under-test'

describe('requiredPdfText', () => {
  const slides = async (variant: string) => loadSlides(await entryOf(variant))

  it('asks the class deck for every section heading, every diagram label, every event and every verdict its slides show', async () => {
    const required = requiredPdfText(article, await slides('class'))
    for (const s of article.source.sections)
      expect(required).toContain(s.heading)
    for (const label of article.diagrams.flatMap(d => diagramById(article, d.id).labels))
      expect(required).toContain(label)
    for (const e of article.context)
      expect(required).toContain(e.label)
    for (const verdict of new Set(article.assessments.map(a => a.verdict)))
      expect(required).toContain(verdict)
  })

  it('asks the briefing for its bottom line, every check\'s topic and the events it lists', async () => {
    const required = requiredPdfText(article, await slides('briefing'))
    for (const b of article.briefing!.bottomLine)
      expect(required).toContain(b.text)
    for (const c of article.assessments)
      expect(required).toContain(c.topic)
    expect(required).toContain(article.context.find(e => e.id === article.briefing!.watch[0])!.label)
  })

  it('asks a slide only for what it shows: the footer\'s freshness line, a cited section\'s heading, a diagram\'s labels', () => {
    const [diagram] = article.diagrams
    expect(requiredPdfText(article, [{ content: '# A slide of words', frontmatter: {} }])).toEqual([expect.stringMatching(/^verified on /)])
    expect(requiredPdfText(article, [{ content: `<ArticleDiagram id="${diagram.id}" />`, frontmatter: { sources: [article.source.sections[0].id] } }]).slice(1))
      .toEqual([article.source.sections[0].heading, ...diagramById(article, diagram.id).labels])
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
