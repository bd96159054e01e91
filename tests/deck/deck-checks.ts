// What every deck's slides must be, whether the engine made them from the data or an
// author wrote them: the engine's tests run these checks on the fixture deck, a real deck's
// tests on its own slide files. Call each inside a describe.
import type { SlideInfo } from '@slidev/types'
import type { Article } from '../../data/schema'
import type { DeckPlace } from '../../scripts/lib/decks'
import { load } from '@slidev/parser/fs'
import { parseTimeString } from '@slidev/parser/utils'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkPages, contextSourcePages, epiloguePages, pointById, promptPages } from '../../data'
import { figuresOn, loadSlides, ROOT } from '../../scripts/lib/deck'
import { writeEntry } from '../../scripts/lib/decks'
import { timePlan } from '../../timing/pace'

export interface CheckedDeck {
  place: DeckPlace
  article: Readonly<Article>
  /** Components whose slides name no article section (a made deck's agenda and FAQ: see made-decks.ts). */
  uncited?: readonly string[]
}

// Record and sources slides draw on the dated context, not on article sections.
const isContent = (s: SlideInfo) => s.frontmatter.layout !== 'cover' && !['record', 'sources'].includes(s.frontmatter.kind)
const shows = (s: SlideInfo, components: readonly string[]) => components.some(c => s.content.includes(`<${c}`))

/** The checks of a deck's main variant: its parts, pages, figures, citations and notes. */
export function structureChecks({ place, article, uncited = [] }: CheckedDeck, variant: string): void {
  let entry: string
  let slides: SlideInfo[]
  beforeAll(async () => {
    entry = await writeEntry(place, variant)
    slides = await loadSlides(entry)
  })
  const sections = () => new Set(article.source.sections.map(s => s.id))

  it('has a cover, an agenda, a slide per article section, the FAQ where there is one, and the sources of every part the data has', () => {
    expect(slides[0].frontmatter.layout).toBe('cover')
    expect(slides.some(s => s.content.includes('<AgendaList'))).toBe(true)
    const cited = new Set(slides.flatMap(s => (s.frontmatter.sources as string[] | undefined) ?? []))
    expect([...sections()].filter(id => !cited.has(id))).toEqual([])
    expect(slides.some(s => s.content.includes('<FaqReveal'))).toBe(article.faq.length > 0)
    expect(slides.at(-1)!.content).toContain('<SourcesList')
    const parts = { article: true, checks: article.assessments.length > 0, figures: article.series.length > 0, context: article.context.length > 0 }
    for (const [part, has] of Object.entries(parts))
      expect(slides.some(s => s.content.includes(`<SourcesList part="${part}"`)), part).toBe(has)
  })

  it.each([
    ['CriticalReading', /<CriticalReading :page="(\d+)"/, () => checkPages(article).length],
    ['timeline', /<EventTimeline :page="(\d+)"/, () => epiloguePages(article).length],
    ['DiscussionPrompts', /<DiscussionPrompts :page="(\d+)"/, () => promptPages(article).length],
    ['context sources', /<SourcesList part="context" :page="(\d+)"/, () => contextSourcePages(article).length],
  ])('shows every page of the %s exactly once, in order', (_name, re, count) => {
    const pages = slides.flatMap(s => Array.from(s.content.matchAll(new RegExp(re, 'g')), m => Number(m[1])))
    expect(pages).toEqual(Array.from({ length: count() }, (_, i) => i + 1))
  })

  it('has a text alternative for every figure a slide draws, in drawing order, for its PPTX picture', () => {
    for (const slide of slides) {
      const tags = slide.content.match(/<(?:ArticleDiagram|SeriesChart|SeriesBars|SeriesSteps|EventTimeline)\b/g) ?? []
      const figures = figuresOn(article, slide)
      expect(figures, slide.title).toHaveLength(tags.length)
      for (const f of figures) {
        expect(f.title.trim()).not.toBe('')
        expect(f.lines.length, f.title).toBeGreaterThan(0)
      }
    }
  })

  it('cites, on each critical-reading and discussion slide, exactly the sections it covers', () => {
    const expectations: [RegExp, (page: number) => string[]][] = [
      [/<CriticalReading :page="(\d+)"/, page => checkPages(article)[page - 1].map(c => pointById(article, c.point).section)],
      [/<DiscussionPrompts :page="(\d+)"/, page => promptPages(article)[page - 1].map(s => s.id)],
    ]
    for (const [re, sectionsOf] of expectations) {
      for (const s of slides) {
        const m = s.content.match(re)
        if (m)
          expect(s.frontmatter.sources, s.title).toEqual([...new Set(sectionsOf(Number(m[1])))])
      }
    }
  })

  it('gives each critical-reading slide the route alias the check markers link to', () => {
    const aliases = slides.filter(s => s.content.includes('<CriticalReading')).map(s => s.frontmatter.routeAlias)
    expect(aliases).toEqual(checkPages(article).map((_, i) => `checks-${i + 1}`))
  })

  it('names the article sections of every content slide, and only real ones', () => {
    for (const s of slides.filter(isContent)) {
      const sources = s.frontmatter.sources as string[] | undefined
      if (!shows(s, uncited))
        expect(sources?.length, `slide "${s.title}" has no sources`).toBeGreaterThan(0)
      for (const id of sources ?? [])
        expect(sections().has(id), `slide "${s.title}" cites unknown section ${id}`).toBe(true)
    }
  })

  it('gives every slide a title and speaker notes', () => {
    for (const s of slides.filter(isContent)) {
      expect(s.title, s.content.slice(0, 60)).toBeTruthy()
      expect(s.note?.trim().length, `slide "${s.title}" has no notes`).toBeGreaterThan(20)
    }
  })

  it('switches on no Slidev feature it does not use (a stray $…$ turns on KaTeX, about 1 MB)', async () => {
    const { features } = await load({ roots: [ROOT], userRoot: ROOT }, entry)
    expect(features).toMatchObject({ katex: false, monaco: false, tweet: false })
  })

  it('keeps speaker notes to presenting: no maintenance steps for the teacher\'s handout', () => {
    const upkeep = /\bnpm\b|\bdata\/|\.ts\b|DECK_|\bbuild\b/
    expect(slides.filter(s => upkeep.test(s.note ?? '')).map(s => s.title)).toEqual([])
  })

  it('puts every FAQ and every diagram on a slide', () => {
    const all = slides.map(s => s.content).join('\n')
    for (const { id } of article.faq)
      expect(all).toContain(`'${id}'`)
    for (const { id } of article.diagrams)
      expect(all).toContain(`<ArticleDiagram id="${id}"`)
  })

  it('asks every self-check claim once, before the critical reading shows the verdicts', () => {
    const asked = slides.flatMap((s, i) => Array.from(s.content.matchAll(/<SelfCheck :no="(\d+)"/g), m => ({ no: Number(m[1]), i })))
    expect(asked.map(a => a.no)).toEqual(article.selfCheck.map((_, i) => i + 1))
    const firstCheck = slides.findIndex(s => s.content.includes('<CriticalReading'))
    expect(asked.every(a => a.i < firstCheck)).toBe(true)
  })
}

interface Loaded { slides: SlideInfo[], headmatter: Record<string, unknown>, errors: string[] }
const seconds = (d: unknown) => parseTimeString(String(d)).seconds
// The keys that make a variant what it is (its length, file names and description);
// every other setting is shared.
const OWN_KEYS = ['duration', 'exportFilename', 'info', 'src', 'minutes']

/** The checks of each of a deck's variants: it loads, its minutes add up, and it differs from the first only in what makes it a variant. */
export function variantChecks({ place, article, uncited = [] }: CheckedDeck): void {
  const names = article.deck.variants.map(v => v.id)
  const decks = {} as Record<string, Loaded>
  beforeAll(async () => {
    for (const v of names) {
      const data = await load({ roots: [ROOT], userRoot: ROOT }, await writeEntry(place, v))
      decks[v] = {
        slides: data.slides,
        headmatter: data.headmatter,
        errors: Object.values(data.markdownFiles).flatMap(md => (md.errors ?? []).map(e => `${md.filepath}: ${e.message}`)),
      }
    }
  })

  describe.each(names)('the %s variant', (v) => {
    it('loads every slide it lists, with no parser error', () => {
      expect(decks[v].errors).toEqual([])
      expect(decks[v].slides.length).toBeGreaterThan(1)
      expect(decks[v].slides[0].frontmatter.layout).toBe('cover')
    })

    it('gives every slide its minutes, adding up to the variant\'s duration', () => {
      const { slides, headmatter } = decks[v]
      const plan = timePlan(slides.map(s => s.frontmatter.minutes))
      expect(seconds(headmatter.duration)).toBeGreaterThan(0)
      expect(plan.at(-1)!.end).toBe(seconds(headmatter.duration))
      for (const s of slides)
        expect(s.frontmatter.minutes, s.title).toBeGreaterThan(0)
    })

    it('names the article sections of every content slide, and gives it a title and notes', () => {
      for (const s of decks[v].slides.filter(isContent)) {
        expect(s.title, s.content.slice(0, 60)).toBeTruthy()
        if (!shows(s, uncited))
          expect((s.frontmatter.sources as string[] | undefined)?.length, `${s.title} has no sources`).toBeGreaterThan(0)
        expect(s.note?.trim().length, `${s.title} has no notes`).toBeGreaterThan(20)
      }
    })

    it('puts the QR code to the hosted deck on the cover and the last slide', () => {
      const { slides } = decks[v]
      expect(slides[0].content).toContain('<TakeHome />')
      expect(slides.at(-1)!.content).toContain('<TakeHome />')
      expect(slides.slice(1, -1).filter(s => s.content.includes('<TakeHome')).map(s => s.title)).toEqual([])
    })
  })

  it('shares every deck setting among its variants but their length, file names and description', (ctx) => {
    if (names.length < 2)
      return ctx.skip('a deck of one variant has none to share with')
    const strip = (h: Record<string, unknown>) => Object.fromEntries(Object.entries(h).filter(([k]) => !OWN_KEYS.includes(k)))
    for (const v of names.slice(1))
      expect(strip(decks[v].headmatter), v).toEqual(strip(decks[names[0]].headmatter))
  })

  it('gives each variant the minutes its data declares', () => {
    expect(names.map(v => seconds(decks[v].headmatter.duration))).toEqual(article.deck.variants.map(v => v.minutes * 60))
  })
}
