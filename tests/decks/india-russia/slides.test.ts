// The India–Russia deck's own slide files (the checks every deck's slides must pass are in
// tests/decks/every-deck.test.ts): its lists use every file once, its slides ask the data
// only for what it has, and its briefing keeps its order.
import type { SlideInfo } from '@slidev/types'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { figuresOn, loadSlides } from '../../../scripts/lib/deck'
import { referenceProblems } from '../../../vite/slide-references'
import { article, DECK, entryOf } from '../../deck-under-test'

const VARIANTS = article.deck.variants.map(v => v.id)
const files = readdirSync(DECK.slides)
const read = (file: string) => readFileSync(join(DECK.slides, file), 'utf8')

describe('the India–Russia slide files', () => {
  it('resolves every src: include of every variant to an existing file, and uses every slide file', () => {
    const includes = VARIANTS.flatMap((v) => {
      const found = Array.from(read(`${v}.md`).matchAll(/^src:\s*(\S+)/gm), m => m[1])
      expect(found.length, v).toBeGreaterThan(0)
      return found
    })
    for (const src of includes)
      expect(existsSync(join(DECK.slides, src)), src).toBe(true)
    const own = files.filter(f => !VARIANTS.includes(f.replace(/\.md$/, '')))
    expect(own.map(f => `./${f}`).sort()).toEqual([...new Set(includes)].sort())
  })

  it('writes each slide once: the variants import slide files, they do not copy them', () => {
    for (const v of VARIANTS) {
      // After its opening comment, a variant's list is only `src:` blocks with their minutes.
      const body = read(`${v}.md`).replace(/^---\n(?:#.*\n)+/, '---\n')
      expect(body.replace(/---\nsrc: \S+\nminutes: [\d.]+\n---\n/g, '').trim(), v).toBe('')
    }
  })

  it('asks the data only for what it has', () => {
    for (const f of files.filter(f => f.endsWith('.md')))
      expect(referenceProblems(article, read(f)).map(p => `${p.line}: ${p.problem}`), f).toEqual([])
  })

  it('never renders data as markup and fetches nothing remote', () => {
    for (const f of files) {
      expect(read(f), f).not.toMatch(/v-html|innerHTML/)
      expect(read(f), f).not.toMatch(/https?:\/\/(?!example)/)
    }
  })

  it('describes its figures for the PPTX: the timeline\'s second page, the crude chart\'s marked events', async () => {
    const figures = (await loadSlides(await entryOf('class'))).flatMap(s => figuresOn(article, s))
    expect(figures.map(f => f.title)).toContain('What happened next (4 of 4)')
    expect(figures.flatMap(f => f.lines)).toContain('Marked on the time axis: US sanctions Rosneft and Lukoil, 22 Oct 2025')
  })
})

describe('the India–Russia briefing', () => {
  let slides: SlideInfo[]
  beforeAll(async () => { slides = await loadSlides(await entryOf('briefing')) })

  it('keeps to 12 slides, bottom line first: claims, what held up, what changed, what to watch', () => {
    expect(slides.length).toBeLessThanOrEqual(12)
    const at = (re: RegExp) => slides.findIndex(s => re.test(s.content))
    const order = [
      at(/<BottomLine\b/),
      at(/<KeyPoints section="standfirst"/),
      at(/<CheckTally\b/),
      at(/<EventList pick="changes"/),
      at(/<EventList pick="watch"/),
    ]
    expect(order[0]).toBe(1)
    expect(order.every(i => i > 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(order.at(-1)).toBe(slides.length - 1)
  })

  it('shows every checked claim in its tally exactly once', () => {
    const verdicts = slides.flatMap(s => [...s.content.matchAll(/<CheckTally :verdicts="\[([^\]]+)\]"/g)]
      .flatMap(m => Array.from(m[1].matchAll(/'([a-z]+)'/g), x => x[1])))
    expect([...verdicts].sort()).toEqual([...new Set(article.assessments.map(c => c.verdict))].sort())
  })
})
