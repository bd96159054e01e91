import type { SlideInfo } from '@slidev/types'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkPages, contextSourcePages, epiloguePages, pointById, promptPages } from '../../data'
import { figuresOn, loadSlides, ROOT } from '../../scripts/lib/deck'
import { article, DECK, entryOf } from '../deck-under-test'

const VARIANTS = article.deck.variants.map(v => v.id)
let slides: SlideInfo[]
beforeAll(async () => { slides = await loadSlides(await entryOf('class')) })

const ids = {
  section: new Set(article.source.sections.map(s => s.id)),
  list: new Set(article.lists.map(l => l.id)),
  faq: new Set(article.faq.map(f => f.id)),
  diagram: new Set(article.diagrams.map(d => d.id)),
  series: new Set(article.series.map(s => s.id)),
}
// Record and sources slides draw on the dated context, not on article sections.
const isContent = (s: SlideInfo) => s.frontmatter.layout !== 'cover' && !['record', 'sources'].includes(s.frontmatter.kind)

describe('the deck', () => {
  it('resolves every src: include of every variant to an existing file, and uses every slide file', () => {
    const includes = VARIANTS.flatMap((v) => {
      const list = readFileSync(resolve(DECK.slides, `${v}.md`), 'utf8')
      const found = Array.from(list.matchAll(/^src:\s*(\S+)/gm), m => m[1])
      expect(found.length, v).toBeGreaterThan(0)
      return found
    })
    for (const src of includes)
      expect(existsSync(resolve(DECK.slides, src)), src).toBe(true)
    const files = readdirSync(DECK.slides).filter(f => !VARIANTS.includes(f.replace(/\.md$/, '')))
    expect(files.map(f => `./${f}`).sort()).toEqual([...new Set(includes)].sort())
  })

  it('has a cover, an agenda, a slide per article section, the FAQ and sources', () => {
    expect(slides[0].frontmatter.layout).toBe('cover')
    expect(slides.some(s => s.content.includes('<AgendaList'))).toBe(true)
    const cited = new Set(slides.flatMap(s => (s.frontmatter.sources as string[] | undefined) ?? []))
    expect([...ids.section].filter(id => !cited.has(id))).toEqual([])
    expect(slides.some(s => s.content.includes('<FaqReveal'))).toBe(true)
    expect(slides.at(-1)!.content).toContain('<SourcesList')
    for (const part of ['article', 'checks', 'figures', 'context'])
      expect(slides.some(s => s.content.includes(`<SourcesList part="${part}"`)), part).toBe(true)
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
    expect(slides.flatMap(s => figuresOn(article, s)).map(f => f.title)).toContain('What happened next (2 of 2)')
    // A chart's alternative names the events its slide marks on the axis.
    expect(slides.flatMap(s => figuresOn(article, s)).flatMap(f => f.lines)).toContain('Marked on the time axis: US sanctions Rosneft and Lukoil, 22 Oct 2025')
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
      expect(sources?.length, `slide "${s.title}" has no sources`).toBeGreaterThan(0)
      for (const id of sources!)
        expect(ids.section.has(id), `slide "${s.title}" cites unknown section ${id}`).toBe(true)
    }
  })

  it('gives every slide a title and speaker notes', () => {
    for (const s of slides.filter(isContent)) {
      expect(s.title, s.content.slice(0, 60)).toBeTruthy()
      expect(s.note?.trim().length, `slide "${s.title}" has no notes`).toBeGreaterThan(20)
    }
  })

  it('switches on no Slidev feature it does not use (a stray $…$ turns on KaTeX, about 1 MB)', async () => {
    const { features } = await load({ roots: [ROOT], userRoot: ROOT }, await entryOf('class'))
    expect(features).toMatchObject({ katex: false, monaco: false, tweet: false })
  })

  it('keeps speaker notes to presenting: no maintenance steps for the teacher\'s handout', () => {
    const upkeep = /\bnpm\b|\bdata\/|\.ts\b|DECK_|\bbuild\b/
    expect(slides.filter(s => upkeep.test(s.note ?? '')).map(s => s.title)).toEqual([])
  })

  it('puts every FAQ and every diagram on a slide', () => {
    const all = slides.map(s => s.content).join('\n')
    for (const id of ids.faq)
      expect(all).toContain(`'${id}'`)
    for (const id of ids.diagram)
      expect(all).toContain(`<ArticleDiagram id="${id}"`)
  })

  it('scopes no style through :global(), which Vue compiles to its argument alone (":global(.dark) x" styles all of .dark)', () => {
    for (const f of readdirSync(resolve(ROOT, 'components')).filter(f => f.endsWith('.vue')))
      expect(readFileSync(resolve(ROOT, 'components', f), 'utf8'), f).not.toMatch(/:global\(/)
  })

  it('never renders data as markup and fetches nothing remote', () => {
    const files = ['custom-nav-controls.vue', ...readdirSync(DECK.slides).map(f => resolve(DECK.slides, f)), ...readdirSync(resolve(ROOT, 'components')).map(f => `components/${f}`), 'slide-top.vue']
    for (const f of files) {
      const text = readFileSync(resolve(ROOT, f), 'utf8')
      expect(text, f).not.toMatch(/v-html|innerHTML/)
      expect(text, f).not.toMatch(/https?:\/\/(?!example)/)
    }
  })
})
