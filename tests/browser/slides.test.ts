// The built deck, slide by slide, as an audience sees it in Chromium: served under a
// sub-path, with every request that would leave the machine blocked and recorded.
import type { Browser } from 'playwright-core'
import type { SlideAudit } from './audit'
import type { FigureAudit } from './figure-audit'
import type { Watched } from './session'
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkAliasFor } from '../../data'
import { waitForSlide } from '../../scripts/lib/browse'
import { contactSheet } from '../../scripts/lib/contact-sheet'
import { diagramsOn, loadSlides, ROOT } from '../../scripts/lib/deck'
import { article, entryOf } from '../deck-under-test'
import { auditSlide } from './audit'
import { auditFigures, visibleWords } from './figure-audit'
import { axeViolations, openBrowser, watchedPage } from './session'
import { builtDeck, SITE_WAIT } from './site'

const MIN_PX = 14
const slides = await loadSlides(await entryOf('class'))
const screens = join(ROOT, 'output/screens')

interface Visit extends SlideAudit { errors: string[], external: string[], axe: string[] }
const visits = new Map<number, Visit>()
let deck: Awaited<ReturnType<typeof builtDeck>>
let browser: Browser
let w: Watched

beforeAll(async () => {
  deck = await builtDeck()
}, SITE_WAIT)
beforeAll(async () => {
  browser = await openBrowser()
  w = await watchedPage(browser, new URL(deck.url).origin)
  rmSync(screens, { recursive: true, force: true })
  mkdirSync(screens, { recursive: true })
  const files: string[] = []
  for (let no = 1; no <= slides.length; no++) {
    await w.page.goto(`${deck.url}${no}`)
    await waitForSlide(w.page, no)
    const audit = await w.page.evaluate(auditSlide, { no, minPx: MIN_PX })
    const axe = await axeViolations(w.page)
    const file = join(screens, `slide-${String(no).padStart(2, '0')}.png`)
    await w.page.screenshot({ path: file })
    files.push(file)
    visits.set(no, { ...audit, ...w.take(), axe })
  }
  await contactSheet(browser, files, join(screens, 'contact-sheet.png'))
  console.table(Array.from(visits, ([no, v]) => ({
    slide: no,
    errors: v.errors.length,
    external: v.external.length,
    outside: v.outside.length,
    overlap: v.overlap.length,
    overflow: v.overflow.length,
    tiny: v.tiny.length,
    smallestPx: Number(v.smallest.toFixed(1)),
    axe: v.axe.length,
  })))
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await deck?.close()
})

describe.each(slides.map((s, i) => ({ no: i + 1, title: s.title ?? '(cover)' })))('slide $no: $title', ({ no }) => {
  const v = () => visits.get(no)!

  it('logs no console or page error', () => expect(v().errors).toEqual([]))
  it('requests nothing beyond the local server', () => expect(v().external).toEqual([]))
  it('keeps every text inside the slide, clear of the footer, and every box around its content', () => {
    expect(v().outside).toEqual([])
    expect(v().overlap).toEqual([])
    expect(v().overflow).toEqual([])
  })
  it(`has no text under ${MIN_PX}px on the 980px canvas`, () => expect(v().tiny).toEqual([]))
  it('has no serious or critical accessibility violation', () => expect(v().axe).toEqual([]))
})

const diagramSlides = slides.flatMap((s, i) => diagramsOn(article, s).map(d => ({ no: i + 1, ...d })))
// Every colour the deck defines (styles/deck.css): diagrams may paint with no other.
const palette = [...new Set(Array.from(readFileSync(join(ROOT, 'styles/deck.css'), 'utf8').matchAll(/^\s*--(deck-[\w-]+):/gm), m => m[1]))]

describe('diagram slides', () => {
  it.each(diagramSlides)('slide $no draws the $id diagram with its labels and text alternative', ({ no, diagram }) => {
    const [drawn] = visits.get(no)!.diagrams
    expect(drawn.svg).toBe(true)
    const squash = (s: string) => s.replace(/\s+/g, '')
    for (const label of diagram.labels)
      expect(squash(drawn.text)).toContain(squash(label))
    for (const line of diagram.lines)
      expect(drawn.alt).toContain(line)
  })
})

// Slides that draw a figure from data: a diagram, a chart or the timeline.
const CHART = /<(?:SeriesChart|SeriesBars|SeriesSteps|EventTimeline)\b/
const figureSlides = slides.flatMap((s, i) => CHART.test(s.content) || diagramsOn(article, s).length ? [{ no: i + 1, chart: CHART.test(s.content) }] : [])
// A chart says at a glance what sentences said before: the slide around it stays short.
const MAX_WORDS_BESIDE_A_CHART = 60

describe('figures as drawn, on slides reached by address or by ArrowRight, light and dark', () => {
  const schemes = ['light', 'dark'] as const
  const arrivals = ['address', 'ArrowRight'] as const
  const cases = figureSlides.flatMap(d => schemes.flatMap(scheme => arrivals.map(by => ({ no: d.no, scheme, by }))))
  const drawn = new Map<string, FigureAudit[]>()
  const words = new Map<number, number>()
  const key = (c: { no: number, scheme: string, by: string }) => `${c.no} ${c.scheme} ${c.by}`

  beforeAll(async () => {
    for (const scheme of schemes) {
      const d = await watchedPage(browser, new URL(deck.url).origin, undefined, scheme)
      for (const c of cases.filter(c => c.scheme === scheme)) {
        if (c.by === 'address') {
          await d.page.goto(`${deck.url}${c.no}`)
        }
        else {
          // From the slide before, through its click steps, as a presenter walks in.
          await d.page.goto(`${deck.url}${c.no - 1}`)
          await waitForSlide(d.page, c.no - 1)
          for (let press = 0; press < 10 && !d.page.url().endsWith(`/${c.no}`); press++) {
            await d.page.keyboard.press('ArrowRight')
            await d.page.waitForTimeout(150)
          }
        }
        await d.page.waitForURL(new RegExp(`/deck/${c.no}$`))
        await waitForSlide(d.page, c.no)
        drawn.set(key(c), await d.page.evaluate(auditFigures, { no: c.no, palette }))
        words.set(c.no, await d.page.evaluate(visibleWords, c.no))
        expect(d.take(), key(c)).toEqual({ errors: [], external: [], dialogs: [] })
      }
      await d.page.context().close()
    }
  }, 180_000)

  it.each(cases)('slide $no by $by, $scheme: labels at 14 px or more, none overlapping or leaving its box, in the scheme\'s colours', (c) => {
    const audits = drawn.get(key(c))!
    expect(audits.length).toBeGreaterThan(0)
    for (const audit of audits) {
      expect(audit.labels.length, audit.id).toBeGreaterThan(3)
      expect(audit.labels.filter(l => l.px < MIN_PX - 0.05), audit.id).toEqual([])
      expect(audit.overlaps, audit.id).toEqual([])
      expect(audit.spills, audit.id).toEqual([])
      expect(audit.foreign, audit.id).toEqual([])
    }
  })

  it.each(figureSlides)('slide $no paints dark in other colours than light, however it is reached', ({ no }) => {
    for (const by of arrivals) {
      const [light, dark] = schemes.map(scheme => drawn.get(key({ no, scheme, by }))!)
      light.forEach((figure, i) => {
        expect(figure.colours.length, figure.id).toBeGreaterThan(2)
        expect(figure.colours.filter(c => dark[i].colours.includes(c)), `${figure.id} by ${by}`).toEqual([])
      })
    }
  })

  it.each(figureSlides.filter(s => s.chart))(`slide $no carries a chart and at most ${MAX_WORDS_BESIDE_A_CHART} words besides, source links aside`, ({ no }) => {
    expect(words.get(no)).toBeGreaterThan(3)
    expect(words.get(no)).toBeLessThanOrEqual(MAX_WORDS_BESIDE_A_CHART)
  })
})

describe('dark slides (a viewer whose system prefers dark)', () => {
  const dark = new Map<number, { errors: string[], external: string[], axe: string[], scheme: string, background: string }>()
  beforeAll(async () => {
    const d = await watchedPage(browser, new URL(deck.url).origin, undefined, 'dark')
    const dir = join(screens, 'dark')
    mkdirSync(dir, { recursive: true })
    const files: string[] = []
    for (let no = 1; no <= slides.length; no++) {
      await d.page.goto(`${deck.url}${no}`)
      await waitForSlide(d.page, no)
      const axe = await axeViolations(d.page)
      const { scheme, background } = await d.page.evaluate(n => ({
        scheme: document.documentElement.classList.contains('dark') ? 'dark' : 'light',
        background: getComputedStyle(document.querySelector(`.slidev-page-${n} .slidev-layout`)!).backgroundColor,
      }), no)
      const file = join(dir, `slide-${String(no).padStart(2, '0')}.png`)
      await d.page.screenshot({ path: file })
      files.push(file)
      dark.set(no, { ...d.take(), axe, scheme, background })
    }
    await contactSheet(browser, files, join(dir, 'contact-sheet.png'))
    await d.page.context().close()
  }, 120_000)

  it('every slide is dark, with no error and no serious accessibility violation (contrast included)', () => {
    const problems = [...dark].flatMap(([no, v]) => [
      ...(v.scheme === 'dark' ? [] : [`slide ${no}: html is not in dark mode`]),
      // Luminance of the layout's background: dark slides sit well below mid-grey.
      ...(v.background.match(/\d+/g)!.slice(0, 3).map(Number).every(c => c < 60) ? [] : [`slide ${no}: background ${v.background} is not dark`]),
      ...[...v.errors, ...v.external, ...v.axe].map(p => `slide ${no}: ${p}`),
    ])
    expect(problems).toEqual([])
  })
})

describe('the public site', () => {
  it('switches a slide and its diagram to dark from the nav bar, with no redraw', async () => {
    const no = diagramSlides[0].no
    await w.page.goto(`${deck.url}${no}`)
    await waitForSlide(w.page, no)
    const audit = async () => (await w.page.evaluate(auditFigures, { no, palette }))[0]
    const light = await audit()
    await w.page.getByTitle('Switch to dark mode theme').click()
    await expect.poll(() => w.page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true)
    // The same SVG element, now in the dark scheme's colours from styles/deck.css.
    const dark = await audit()
    expect(dark.seen).toBe(true)
    expect(dark.foreign).toEqual([])
    expect(light.colours.filter(c => dark.colours.includes(c))).toEqual([])
    await w.page.getByTitle('Switch to light mode theme').click()
    await expect.poll(async () => (await audit()).colours).toEqual(light.colours)
    expect(w.take()).toEqual({ errors: [], external: [], dialogs: [] })
  })

  it('declares a Content Security Policy that runs no script the site did not ship, and reports what it blocks', async () => {
    const html = readFileSync(join(deck.dir, 'index.html'), 'utf8')
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? ''
    expect(policy).toMatch(/default-src 'self'/)
    expect(policy).toMatch(/script-src 'self'(?: 'sha256-[\w+/=]+')*;/)
    expect(policy).toMatch(/object-src 'none'/)
    // Markup that slipped into the page cannot run: the browser blocks it and says so.
    const d = await watchedPage(browser, new URL(deck.url).origin)
    await d.page.goto(`${deck.url}1`)
    await waitForSlide(d.page, 1)
    const { ran, refused } = await d.page.evaluate(async () => {
      // The browser reports the script it refused; an inline script it allowed would have run as it was added.
      const reported = new Promise<string>(resolve => document.addEventListener('securitypolicyviolation', e => resolve(e.effectiveDirective), { once: true }))
      const script = document.createElement('script')
      script.textContent = 'window.injected = true'
      document.body.append(script)
      return { refused: await reported, ran: (window as { injected?: boolean }).injected === true }
    })
    expect(refused).toMatch(/^script-src/)
    expect(ran).toBe(false)
    expect(d.take().errors.join('\n')).toMatch(/Content Security Policy/)
    await d.page.context().close()
  })

  it('ships no speaker notes', () => {
    const notes = slides.map(s => s.note?.trim().split('\n')[0].slice(0, 60)).filter((n): n is string => !!n && n.length > 20)
    expect(notes.length).toBeGreaterThan(5)
    const assets = join(deck.dir, 'assets')
    const shipped = readdirSync(assets).filter(f => f.endsWith('.js')).map(f => readFileSync(join(assets, f), 'utf8')).join('\n')
    for (const note of notes)
      expect(shipped.includes(note), note).toBe(false)
  })

  it('ships no schema validator: the data was validated when the site was built', () => {
    const scripts = readdirSync(deck.dir, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.js'))
    expect(scripts.length).toBeGreaterThan(5)
    const withZod = scripts.filter(f => readFileSync(join(deck.dir, f), 'utf8').includes('ZodError'))
    expect(withZod).toEqual([])
  })

  it('opens a deep link under the base path, also after a reload', async () => {
    const no = 7
    await w.page.goto(`${deck.url}${no}`)
    await w.page.reload()
    await waitForSlide(w.page, no)
    expect(new URL(w.page.url()).pathname).toBe(`/deck/${no}`)
    expect((await w.page.locator(`.slidev-page-${no} h1`).textContent())?.replace(/’/g, '\'')).toBe(slides[no - 1].title)
    expect(w.take()).toEqual({ errors: [], external: [], dialogs: [] })
  })

  it('takes a check marker to the slide that explains the verdict', async () => {
    const no = slides.findIndex(s => s.content.includes('<KeyPoints section="tariff-shock"')) + 1
    await w.page.goto(`${deck.url}${no}`)
    await waitForSlide(w.page, no)
    await w.page.locator(`.slidev-page-${no} [data-point="tariff-first-step"] a`).click()
    const target = slides.findIndex(s => s.frontmatter.routeAlias === checkAliasFor(article, 'tariff-first-step')) + 1
    await waitForSlide(w.page, target)
    await expect.poll(() => w.page.locator(`.slidev-page-${target} [data-check]`).count()).toBeGreaterThan(0)
    expect(await w.page.locator(`.slidev-page-${target}`).textContent()).toContain(article.assessments.find(a => a.point === 'tariff-first-step')!.record)
  })

  it('moves to the next and previous slide with the arrow keys', async () => {
    await w.page.goto(`${deck.url}2`)
    await waitForSlide(w.page, 2)
    await w.page.keyboard.press('ArrowRight')
    await w.page.waitForURL(/\/deck\/3$/)
    await waitForSlide(w.page, 3)
    await w.page.keyboard.press('ArrowLeft')
    await w.page.waitForURL(/\/deck\/2$/)
  })

  it('reveals the FAQ answers one key press at a time, or only the question clicked', async () => {
    const no = slides.findIndex(s => s.content.includes('<FaqReveal')) + 1
    await w.page.goto(`${deck.url}${no}`)
    await waitForSlide(w.page, no)
    const answers = w.page.locator(`.slidev-page-${no} dd`)
    const shown = () => answers.evaluateAll(els => els.map(el => getComputedStyle(el).visibility === 'visible'))
    expect(await shown()).toEqual([false, false, false])
    await expect.poll(() => w.page.locator(`.slidev-page-${no} .hint`).textContent()).toMatch(/click a question/i)
    const question = (id: string) => w.page.getByRole('button', { name: article.faq.find(f => f.id === id)!.question })
    await question('faq-visit').click()
    await expect.poll(shown).toEqual([false, false, true])
    await question('faq-why').click()
    await expect.poll(shown).toEqual([true, false, true])
    // The keys take over where the clicks left off: the one still hidden, then back.
    await w.page.keyboard.press('ArrowRight')
    await expect.poll(shown).toEqual([true, true, true])
    await w.page.keyboard.press('ArrowLeft')
    await expect.poll(shown).toEqual([true, false, true])
    expect(await answers.nth(2).textContent()).toBe(article.faq.find(f => f.id === 'faq-visit')!.answer)
  })

  it('offers no presenter view, which would show no notes', async () => {
    await w.page.goto(`${deck.url}2`)
    await waitForSlide(w.page, 2)
    await expect.poll(() => w.page.getByTitle('Switch to dark mode theme').count()).toBe(1)
    expect(await w.page.getByTitle('Presenter Mode').count()).toBe(0)
  })

  it('has the deck\'s own page title and plain meta values', () => {
    const html = readFileSync(join(deck.dir, 'index.html'), 'utf8')
    expect(html).toContain(`<title>${slides[0].frontmatter.title}</title>`)
    expect(html).not.toMatch(/Slidev<\/title>/)
    const metas = Array.from(html.matchAll(/<meta\b[^>]*\scontent="([^"]*)"/g), m => m[1])
    expect(metas.length).toBeGreaterThan(3)
    expect(metas.filter(c => c.startsWith('&quot;'))).toEqual([])
  })

  it('ships no KaTeX: no slide uses maths', () => {
    const files = readdirSync(deck.dir, { recursive: true, encoding: 'utf8' })
    expect(files.filter(f => /katex.*\.(?:css|woff2?|ttf)$/i.test(f))).toEqual([])
  })

  it('shows nothing but the slide around it at a size other than the canvas (no dark sliver at the edge)', async () => {
    const p = await watchedPage(browser, new URL(deck.url).origin, { width: 1280, height: 720 })
    await p.page.goto(`${deck.url}2`)
    await waitForSlide(p.page, 2)
    const [around, slide] = await p.page.evaluate(() => [
      getComputedStyle(document.querySelector('#slide-container')!).backgroundColor,
      getComputedStyle(document.querySelector('.slidev-page-2 .slidev-layout')!).backgroundColor,
    ])
    expect(around).toBe(slide)
    await p.page.context().close()
  })
})
