// The weight budgets: the built site's size, what a reader fetches before the first slide
// shows, and what a phone on weak Wi-Fi has fetched once the page settles, held against a
// bare one-slide Slidev deck built by the same Slidev. Bytes and counts, not timings: the
// same build fetches the same bytes every time.
import type { Browser } from 'playwright-core'
import type { FirstSlideLoad, SettledLoad } from '../../scripts/lib/weight'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSlides } from '../../scripts/lib/deck'
import { READING_PATH, slideRoutes } from '../../scripts/lib/route-page'
import { buildBareDeck, loadFirstSlide, loadSettled } from '../../scripts/lib/weight'
import { listFiles } from '../../scripts/lib/zip'
import { entryOf } from '../deck-under-test'
import { openBrowser } from './session'
import { BASE, builtDeck, SITE_WAIT } from './site'

// Every slide's address is a page of its own (with the reading page and the app's 404
// page), so pages grow with the deck; everything else the site ships is held to this.
const OTHER_FILES = 16
const SITE_BYTES = 2 * 1024 * 1024
/** What the slide needs to show (scripts off), against what the bare deck fetches before its first slide. */
const SLIDE_ALONE = 0.35
/** Settled on Fast 3G, against the bare deck settled on Fast 3G. */
const SETTLED = 0.5
/**
 * The app, once it has drawn the first slide itself, against the bare deck's. It carries the
 * deck's whole record, which grows with every update of the record (two dated events and
 * where the sources end, December 2026: +1.2 KB): 0.91, up from 0.9, with only the data the
 * slides read shipped (vite/client-data.ts).
 */
const APP = 0.91

const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`
const ratio = (a: number, b: number) => `${kib(a)} against ${kib(b)} (${(a / b).toFixed(2)}×)`

let browser: Browser
let deck: Awaited<ReturnType<typeof builtDeck>>
let files: string[]
const bareDir = mkdtempSync(join(tmpdir(), 'deck-weight-'))
const bare = join(bareDir, 'bare')
let oursApp: FirstSlideLoad
let bareApp: FirstSlideLoad

beforeAll(async () => {
  deck = await builtDeck()
}, SITE_WAIT)
beforeAll(async () => {
  files = await listFiles(deck.dir)
  await buildBareDeck(bare, BASE)
  browser = await openBrowser()
  oursApp = await loadFirstSlide(browser, deck.dir, BASE)
  bareApp = await loadFirstSlide(browser, bare, BASE)
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await deck?.close()
  rmSync(bareDir, { recursive: true, force: true })
})

describe('the built site', () => {
  it(`is a page per slide address and at most ${OTHER_FILES} other files, ${SITE_BYTES / 1024 / 1024} MB in all`, async () => {
    const bytes = files.reduce((sum, f) => sum + statSync(join(deck.dir, f)).size, 0)
    const pages = files.filter(f => f.endsWith('.html'))
    console.log(`site: ${files.length} files (${pages.length} pages), ${kib(bytes)}`)
    const slides = await loadSlides(await entryOf('class'))
    const routes = slideRoutes(slides.length, Object.fromEntries(slides.map((s, i) => [i + 1, s.frontmatter.routeAlias])))
    expect(pages.sort()).toEqual([...routes.map(r => `${r.path}index.html`), `${READING_PATH}index.html`, '404.html'].sort())
    expect(files.length - pages.length, files.filter(f => !f.endsWith('.html')).join('\n')).toBeLessThanOrEqual(OTHER_FILES)
    expect(bytes).toBeLessThanOrEqual(SITE_BYTES)
  })

  it('ships none of what no slide uses: Mermaid, a template compiler, YAML, popups, motion or hand-drawn marks', () => {
    // Scripts only: styles/print.css names the empty element Slidev's page template keeps for Mermaid.
    const code = files.filter(f => /\.m?js$/.test(f)).map(f => ({ f, text: readFileSync(join(deck.dir, f), 'utf8') }))
    // The scan reads the real bundle: the diagrams' own component is in it.
    expect(code.filter(c => c.text.includes('data-diagram')).length).toBeGreaterThan(0)
    const markers = {
      'Mermaid\'s library': /mermaidAPI|Syntax error in text/,
      'Vue\'s template compiler (its CDATA tokenizer)': /67,68,65,84,65,91/,
      'a YAML parser': /tag:yaml\.org/,
      'floating-vue (TwoSlash popups)': /v-popper/,
      'v-motion': /motionInstance/,
      'v-mark (rough-notation)': /rough-annotation/,
      'ZodError (data is validated at build)': /ZodError/,
    }
    for (const [what, marker] of Object.entries(markers))
      expect(code.filter(c => marker.test(c.text) || marker.test(c.f)).map(c => c.f), what).toEqual([])
    // Diagrams are drawn at build: no script of Mermaid's, by its name either.
    expect(code.filter(c => /mermaid/i.test(c.f)).map(c => c.f)).toEqual([])
  })
})

describe('what a reader fetches', () => {
  let alone: SettledLoad
  let settled: SettledLoad
  let bareSettled: SettledLoad
  beforeAll(async () => {
    alone = await loadSettled(browser, deck.dir, BASE, '', { scripts: false })
    settled = await loadSettled(browser, deck.dir, BASE, '', { slow: true })
    bareSettled = await loadSettled(browser, bare, BASE, '', { slow: true })
  }, 240_000)

  it(`shows the first slide from its page, one stylesheet and two font files: at most ${SLIDE_ALONE}× what the bare deck fetches before its first slide`, () => {
    console.log(`first slide alone: ${alone.requests} requests, ${ratio(alone.bytes, bareApp.bytes)}`)
    const kinds = alone.paths.map(p => p.replace(BASE, '/').replace(/-[\w-]{8}(?=\.\w+$)/, '')).sort()
    expect(kinds).toEqual(['/', '/assets/source-sans-3-latin-400-normal.woff2', '/assets/source-sans-3-latin-700-normal.woff2', '/assets/style.css', '/favicon.svg'])
    expect(alone.bytes, ratio(alone.bytes, bareApp.bytes)).toBeLessThanOrEqual(bareApp.bytes * SLIDE_ALONE)
  })

  it(`has fetched at most ${SETTLED}× what the bare deck has once the page settles on a slow connection`, () => {
    console.log(`settled on Fast 3G: ours ${settled.requests} requests, bare ${bareSettled.requests}; ${ratio(settled.bytes, bareSettled.bytes)}`)
    expect(settled.bytes, ratio(settled.bytes, bareSettled.bytes)).toBeLessThanOrEqual(bareSettled.bytes * SETTLED)
  })

  it(`runs the app, once started, on at most ${APP}× the bare deck's bytes, with the two subset font weights only`, () => {
    console.log(`the app on the first slide: ${ratio(oursApp.bytes, bareApp.bytes)}`)
    expect(oursApp.bytes, ratio(oursApp.bytes, bareApp.bytes)).toBeLessThanOrEqual(bareApp.bytes * APP)
    const fonts = oursApp.responses.filter(r => /\.woff2?$/.test(r.url)).map(r => r.url.replace(/-[\w-]{8}\.woff2?$/, ''))
    // Both, and no other: a page that fetched no font at all would show another one.
    expect([...new Set(fonts.map(f => f.split('/').at(-1)))].sort(), fonts.join(', ')).toEqual(['source-sans-3-latin-400-normal', 'source-sans-3-latin-700-normal'])
  })
})
