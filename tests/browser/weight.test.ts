// The weight budget: what a phone on weak Wi-Fi fetches before the first slide shows,
// held against a bare one-slide Slidev deck built by the same Slidev. Bytes, not timings:
// the same build fetches the same bytes every time.
import type { Browser } from 'playwright-core'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildBareDeck, type FirstSlideLoad, loadFirstSlide } from '../../scripts/lib/weight'
import { openBrowser } from './session'
import { BASE, builtDeck } from './site'

/** The first slide may fetch at most this many times what a bare Slidev deck's does. */
const BUDGET = 1.25

let ours: FirstSlideLoad
let bare: FirstSlideLoad
let browser: Browser
let deck: Awaited<ReturnType<typeof builtDeck>>
const dir = mkdtempSync(join(tmpdir(), 'deck-weight-'))

beforeAll(async () => {
  deck = await builtDeck()
  await buildBareDeck(join(dir, 'bare'), BASE)
  browser = await openBrowser()
  ours = await loadFirstSlide(browser, deck.dir, BASE)
  bare = await loadFirstSlide(browser, join(dir, 'bare'), BASE)
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await deck?.close()
  rmSync(dir, { recursive: true, force: true })
})

it(`fetches at most ${BUDGET}× a bare Slidev deck before the first slide shows`, () => {
  const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`
  console.log(`first slide: ${kib(ours.bytes)}; bare Slidev deck: ${kib(bare.bytes)} (${(ours.bytes / bare.bytes).toFixed(2)}×)`)
  expect(ours.bytes, `${kib(ours.bytes)} against ${kib(bare.bytes)}`).toBeLessThanOrEqual(bare.bytes * BUDGET)
})

it('loads neither Mermaid nor the schema validator for the first slide, and only the two subset font weights', () => {
  const fetched = (marker: string) => ours.responses.filter(r => r.body.includes(marker)).map(r => r.url)
  expect(fetched('UnknownDiagramError')).toEqual([])
  expect(fetched('ZodError')).toEqual([])
  const fonts = ours.responses.filter(r => /\.woff2?$/.test(r.url)).map(r => r.url.replace(/-[\w-]{8}\.woff2?$/, ''))
  expect(fonts.every(f => /source-sans-3-latin-(400|700)-normal$/.test(f)), fonts.join(', ')).toBe(true)
})

it('ships no Mermaid: every diagram is SVG drawn by the deck\'s own components', () => {
  // Scripts only: styles/print.css names the empty element Slidev's page template keeps for Mermaid.
  const code = readdirSync(deck.dir, { recursive: true, encoding: 'utf8' }).filter(f => /\.m?js$/.test(f))
  const text = (f: string) => readFileSync(join(deck.dir, f), 'utf8')
  // The scan reads the real bundle: the diagrams' own component is in it.
  expect(code.filter(f => text(f).includes('data-diagram')).length).toBeGreaterThan(0)
  expect(code.filter(f => /mermaid/i.test(f) || /mermaid/i.test(text(f)))).toEqual([])
})
