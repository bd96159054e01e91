import { describe, expect, it } from 'vitest'
import { verdicts } from '../../data/verdicts'
import { diagramById } from '../../diagrams'
import { loadSlides } from '../../scripts/lib/deck'
import { writeEntry } from '../../scripts/lib/decks'
import { checkPdfStructure, checkSlidesPdf, requiredPdfText } from '../../scripts/lib/verify'
import { article, FIXTURE } from '../fixture-deck'
import { briefed } from '../fixture-variants'

describe('requiredPdfText', () => {
  it('asks the deck made from the data for every section heading, every diagram label, every event and every verdict its slides show', async () => {
    const required = requiredPdfText(article, await loadSlides(await writeEntry(FIXTURE, 'talk')))
    for (const s of article.source.sections)
      expect(required).toContain(s.heading)
    for (const label of article.diagrams.flatMap(d => diagramById(article, d.id).labels))
      expect(required).toContain(label)
    for (const e of article.context)
      expect(required).toContain(e.label)
    for (const verdict of new Set(article.assessments.map(a => a.verdict)))
      expect(required).toContain(verdict)
  })

  it('asks a briefing\'s slides for its bottom line, every check\'s topic and the events it lists', () => {
    // The slides an author writes for a briefing (the engine makes none): its components, bare.
    const slides = ['<BottomLine />', `<CheckTally :verdicts="[${verdicts.map(v => `'${v}'`).join(', ')}]" />`, '<EventList pick="changes" />', '<EventList pick="watch" />']
    const required = requiredPdfText(briefed, slides.map(content => ({ content, frontmatter: {} })))
    for (const b of briefed.briefing!.bottomLine)
      expect(required).toContain(b.text)
    for (const c of briefed.assessments)
      expect(required).toContain(c.topic)
    for (const id of [...briefed.briefing!.changes, ...briefed.briefing!.watch])
      expect(required).toContain(briefed.context.find(e => e.id === id)!.label)
  })

  it('asks a slide only for what it shows: the footer\'s freshness line, a cited section\'s heading, a diagram\'s labels', () => {
    const [diagram] = article.diagrams
    expect(requiredPdfText(article, [{ content: '# A slide of words', frontmatter: {} }])).toEqual(['Context verified on 15 Jun 2026; record through 28 May 2026'])
    expect(requiredPdfText(article, [{ content: `<ArticleDiagram id="${diagram.id}" />`, frontmatter: { sources: [article.source.sections[0].id] } }]).slice(1))
      .toEqual([article.source.sections[0].heading, ...diagramById(article, diagram.id).labels])
  })
})

describe('checkSlidesPdf', () => {
  const pages = ['Title page', 'The plan: a footbridge to\nthe station', 'People crossing each day']

  it('passes a PDF with one page per slide and all required text, however it is wrapped', () => {
    expect(checkSlidesPdf(pages, 3, ['The plan: a footbridge to the station', 'People crossing each day'])).toEqual([])
  })

  it('finds required words set in capitals by CSS, but not missing ones', () => {
    expect(checkSlidesPdf(['WRONG', 'OUTDATED'], 2, ['wrong', 'outdated'])).toEqual([])
    expect(checkSlidesPdf(['WRONG', 'x'], 2, ['accurate'])).toEqual(['text "accurate" is missing'])
  })

  it('reports a figure label that is missing from its own page, however the text is wrapped', () => {
    const drawn = [[], ['The plan: a footbridge to the station'], ['1.5', 'Mar 2026']]
    expect(checkSlidesPdf(pages, 3, [], drawn)).toEqual(['page 3 does not carry its figure\'s labels as text: "1.5", "Mar 2026"'])
    expect(checkSlidesPdf([...pages.slice(0, 2), 'People crossing each day 1.5 Mar\n2026'], 3, [], drawn)).toEqual([])
  })

  it('reports a wrong page count', () => {
    expect(checkSlidesPdf(pages, 4, [])).toEqual(['has 3 pages, expected one per slide (4)'])
  })

  it('reports an empty page and missing text', () => {
    const problems = checkSlidesPdf(['', 'Market'], 2, ['Market stalls'])
    expect(problems).toEqual([
      'page 1 has no text',
      'text "Market stalls" is missing',
    ])
  })
})

describe('checkPdfStructure', () => {
  const info = { Title: 'T', Author: 'A', Subject: 'S', Keywords: 'K', Language: 'en' }

  it('passes bookmarks for every slide title (typographic quotes aside) and full metadata', () => {
    expect(checkPdfStructure({ outline: ['Intro', 'The council’s answer'], info, tagged: true }, ['Intro', 'The council\'s answer'])).toEqual([])
  })

  it('reports missing tags, bookmarks, metadata and language', () => {
    expect(checkPdfStructure({ outline: ['Intro'], info: { Title: 'T', Language: null }, tagged: false }, ['Intro', 'The plan'])).toEqual([
      'is not tagged for screen readers',
      'has no bookmark for "The plan"',
      'has no Author in its metadata',
      'has no Subject in its metadata',
      'has no Keywords in its metadata',
      'does not declare its language (en)',
    ])
  })
})
