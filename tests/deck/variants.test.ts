import type { SlideInfo } from '@slidev/types'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import { parseTimeString } from '@slidev/parser/utils'
import { beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/deck'
import { timePlan } from '../../timing/pace'
import { article, DECK, entryOf } from '../deck-under-test'

const VARIANT_NAMES = article.deck.variants.map(v => v.id)
interface Loaded { slides: SlideInfo[], headmatter: Record<string, unknown>, errors: string[] }
const decks = {} as Record<string, Loaded>
beforeAll(async () => {
  for (const v of VARIANT_NAMES) {
    const data = await load({ roots: [ROOT], userRoot: ROOT }, await entryOf(v))
    decks[v] = {
      slides: data.slides,
      headmatter: data.headmatter,
      errors: Object.values(data.markdownFiles).flatMap(md => (md.errors ?? []).map(e => `${md.filepath}: ${e.message}`)),
    }
  }
})

const isContent = (s: SlideInfo) => s.frontmatter.layout !== 'cover' && !['record', 'sources'].includes(s.frontmatter.kind)
const seconds = (d: unknown) => parseTimeString(String(d)).seconds
// The keys that make a variant what it is (its length, file names and description);
// every other setting is shared.
const OWN_KEYS = ['duration', 'exportFilename', 'info', 'src', 'minutes']

describe.each(VARIANT_NAMES)('the %s variant', (v) => {
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

  it('shares every deck setting with the class deck but its length, file name and description', () => {
    const strip = (h: Record<string, unknown>) => Object.fromEntries(Object.entries(h).filter(([k]) => !OWN_KEYS.includes(k)))
    expect(strip(decks[v].headmatter)).toEqual(strip(decks.class.headmatter))
  })
})

describe('the two rooms', () => {
  it('gives each variant the minutes its data declares: the class 45, the briefing 10', () => {
    expect(article.deck.variants.map(v => [v.id, seconds(decks[v.id].headmatter.duration)])).toEqual([['class', 45 * 60], ['briefing', 10 * 60]])
  })

  it('keeps the briefing to 12 slides, bottom line first: claims, what held up, what changed, what to watch', () => {
    const { slides } = decks.briefing
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

  it('shows every checked claim in the briefing\'s tally exactly once', () => {
    const verdicts = decks.briefing.slides.flatMap(s => [...s.content.matchAll(/<CheckTally :verdicts="\[([^\]]+)\]"/g)]
      .flatMap(m => Array.from(m[1].matchAll(/'([a-z]+)'/g), x => x[1])))
    expect([...verdicts].sort()).toEqual([...new Set(article.assessments.map(c => c.verdict))].sort())
  })

  it('asks every self-check claim once in class, before the critical reading shows the verdicts', () => {
    const { slides } = decks.class
    const asked = slides.flatMap((s, i) => Array.from(s.content.matchAll(/<SelfCheck :no="(\d+)"/g), m => ({ no: Number(m[1]), i })))
    expect(asked.map(a => a.no)).toEqual(article.selfCheck.map((_, i) => i + 1))
    const firstCheck = slides.findIndex(s => s.content.includes('<CriticalReading'))
    expect(asked.every(a => a.i < firstCheck)).toBe(true)
  })

  it('writes each slide once: the variants import slide files, they do not copy them', () => {
    for (const v of VARIANT_NAMES) {
      const list = readFileSync(resolve(DECK.slides, `${v}.md`), 'utf8')
      // After its opening comment, a variant's list is only `src:` blocks with their minutes.
      const body = list.replace(/^---\n(?:#.*\n)+/, '---\n')
      expect(body.replace(/---\nsrc: \S+\nminutes: [\d.]+\n---\n/g, '').trim(), v).toBe('')
    }
  })
})
