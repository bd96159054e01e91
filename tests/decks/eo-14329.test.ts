// The deck on Executive Order 14329, as its content: every fact with its source, the
// missing official text said, single-source facts shown as such, its slides asking the
// data only for what it has. Ids come from the deck's data, not from this file.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadSlides } from '../../scripts/lib/deck'
import { deckArticle, deckAt, writeEntry } from '../../scripts/lib/decks'
import { researchNotes } from '../../scripts/lib/shared-material'
import { referenceProblems, unknownSources } from '../../vite/slide-references'
import { itNeeds } from '../needs-material'

const deck = deckAt('eo-14329')
const article = await deckArticle(deck)
const withResearch = itNeeds(researchNotes())
const urls = [
  article.source.url,
  ...article.points.flatMap(p => p.sources ?? []),
  ...article.context.flatMap(e => e.sources),
  ...article.assessments.flatMap(a => a.sources),
  ...article.series.flatMap(s => s.points.flatMap(p => p.sources)),
]

describe('the Executive Order 14329 deck', () => {
  it('says on its cover and in its sources that the order\'s official text was not found', () => {
    expect(article.source.publishedNote).toMatch(/official text was not found/)
  })

  it('gives every point of the order the reporting it rests on, with how firm it is', () => {
    for (const p of article.points)
      expect(p.sources?.length && p.confidence, p.id).toBeTruthy()
    expect(article.points.some(p => p.confidence === 'single-source')).toBe(true)
  })

  withResearch('cites only sources the research brief lists', (research) => {
    // As browsers write them: the brief keeps one address with its default port.
    const listed = new Set(Array.from(research.matchAll(/https:\/\/\S+/g), m => new URL(m[0]).href))
    for (const url of urls)
      expect(listed.has(url), `${url} is in no research note`).toBe(true)
  })

  it('ends its record at the last event seen to happen, and shows what came after as scheduled', () => {
    expect(article.meta.recordThrough).toBe(article.context.filter(e => !e.status).at(-1)!.date)
    expect(article.context.filter(e => e.date > article.meta.recordThrough).every(e => e.status)).toBe(true)
  })

  it('is made from its data for class, in 20 to 30 minutes, and has a briefing the author listed', () => {
    const [cls, briefing] = article.deck.variants
    expect(cls.minutes).toBeGreaterThanOrEqual(20)
    expect(cls.minutes).toBeLessThanOrEqual(30)
    expect(existsSync(join(deck.slides, `${cls.id}.md`))).toBe(false)
    expect(existsSync(join(deck.slides, `${briefing.id}.md`))).toBe(true)
  })

  it.each(['class', 'briefing'])('asks the data only for what it has, on every slide of its %s variant', async (variant) => {
    const slides = await loadSlides(await writeEntry(deck, variant))
    expect(slides.length).toBeGreaterThan(5)
    for (const s of slides) {
      expect(referenceProblems(article, s.content), s.title).toEqual([])
      expect(unknownSources(article, s.frontmatter.sources), s.title).toEqual([])
    }
  })

  it('has every authored slide file used by a variant', () => {
    const list = readFileSync(join(deck.slides, 'briefing.md'), 'utf8')
    for (const f of readdirSync(deck.slides).filter(f => f !== 'briefing.md'))
      expect(list, f).toContain(`src: ./${f}`)
  })
})
