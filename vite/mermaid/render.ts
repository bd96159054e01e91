// Draws Mermaid diagrams to static SVG while the deck is built, exported or served: in the
// Chromium the project already uses, with Mermaid's own browser bundle and the deck's font
// loaded from node_modules, and nothing fetched from a network. Each drawing is kept in a
// cache on disk keyed on everything it depends on, so a rebuild with no diagram changed
// launches no browser.
import type { Browser, Page } from 'playwright-core'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { QUOTE_STAND_IN, STAND_IN_MARK } from '../../diagrams/mermaid-text'
import { CHROMIUM_ARGS, findChromium } from '../chromium'
import { diagramTheme } from './theme'

export interface DiagramJob {
  /** The SVG's id, unique in the deck and stable across builds: every id inside the drawing starts with it. */
  id: string
  text: string
  /** What a screen reader calls the diagram; without it, an author's accTitle or the labels. */
  name?: string
  /** Where the diagram comes from, for errors: a slide file and line, or a data diagram's name. */
  origin: string
}

export class DiagramError extends Error {
  constructor(origin: string, readonly mermaidMessage: string) {
    super(`${origin}: Mermaid cannot draw this diagram.\n${mermaidMessage}`)
    this.name = 'DiagramError'
  }
}

/** How many diagrams were drawn in a browser and how many came from the cache, and how often a browser started. */
export const drawingCounts = { drawn: 0, cached: 0, launches: 0 }

const require = createRequire(import.meta.url)
const MERMAID = require.resolve('mermaid/dist/mermaid.min.js')
const MERMAID_VERSION = (require('mermaid/package.json') as { version: string }).version

const DRAW_SCRIPT = fileURLToPath(new URL('./draw-in-page.js', import.meta.url))
const DEFAULT_CACHE = fileURLToPath(new URL('../../node_modules/.cache/deck-mermaid/', import.meta.url))
/** How long an idle browser is kept for the next diagram (a dev edit, the next slide's fence). */
const IDLE_MS = 2000

function fontFace(weight: number) {
  const file = require.resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff2`)
  return `@font-face{font-family:'Source Sans 3';font-weight:${weight};src:url(data:font/woff2;base64,${readFileSync(file).toString('base64')}) format('woff2')}`
}

let session: Promise<{ browser: Browser, page: Page }> | undefined
let idle: NodeJS.Timeout | undefined
/** Drawings run one at a time: Mermaid keeps one configuration per page. */
let queue: Promise<unknown> = Promise.resolve()

async function openSession(): Promise<{ browser: Browser, page: Page }> {
  const { chromium } = await import('playwright-core')
  drawingCounts.launches++
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true })
  const page = await browser.newPage()
  // Nothing leaves the machine: the page has everything it needs inline.
  await page.route('**/*', route => route.abort())
  await page.setContent(`<!doctype html><html><head><style>${fontFace(400)}${fontFace(700)}</style></head><body></body></html>`)
  await page.evaluate(() => Promise.all(['400', '700'].map(w => document.fonts.load(`${w} 20px 'Source Sans 3'`))))
  await page.addScriptTag({ path: MERMAID })
  await page.addScriptTag({ path: DRAW_SCRIPT })
  return { browser, page }
}

function closeWhenIdle(idleMs: number): void {
  clearTimeout(idle)
  idle = setTimeout(() => {
    const closing = session
    session = undefined
    void closing?.then(({ browser }) => browser.close())
  }, idleMs)
  idle.unref()
}

/** Everything a drawing depends on: a change to any of them draws it again. */
function cacheKey(job: DiagramJob, theme: ReturnType<typeof diagramTheme>): string {
  const drawScript = readFileSync(DRAW_SCRIPT, 'utf8')
  return createHash('sha256').update(JSON.stringify([MERMAID_VERSION, drawScript, theme, job.id, job.text, job.name ?? ''])).digest('hex')
}

async function draw(job: DiagramJob, theme: ReturnType<typeof diagramTheme>): Promise<string> {
  session ??= openSession()
  const { page } = await session.catch((error) => {
    // No browser (none found, or it would not start): the next diagram tries afresh.
    session = undefined
    throw error
  })
  const result = await page.evaluate(args => (globalThis as unknown as { drawDiagram: (a: typeof args) => Promise<{ svg: string } | { error: string }> }).drawDiagram(args), {
    id: job.id,
    text: job.text,
    name: job.name ?? '',
    config: theme.config,
    palette: theme.palette,
    standIns: { quote: QUOTE_STAND_IN, mark: STAND_IN_MARK },
  })
  if ('error' in result)
    throw new DiagramError(job.origin, result.error)
  return result.svg
}

/**
 * Each job's SVG, by id: from the cache where it is there, else drawn in Chromium, whose
 * browser is closed once `idleMs` pass with nothing more to draw.
 */
export async function renderDiagrams(jobs: readonly DiagramJob[], { cacheDir = DEFAULT_CACHE, idleMs = IDLE_MS } = {}): Promise<Map<string, string>> {
  const theme = diagramTheme()
  mkdirSync(cacheDir, { recursive: true })
  const run = queue.then(async () => {
    // The browser the last run left open is in use again: not to be closed under this one.
    clearTimeout(idle)
    const svgs = new Map<string, string>()
    try {
      for (const job of jobs) {
        const file = join(cacheDir, `${cacheKey(job, theme)}.svg`)
        let svg: string
        try {
          svg = readFileSync(file, 'utf8')
          drawingCounts.cached++
        }
        catch {
          svg = await draw(job, theme)
          drawingCounts.drawn++
          writeFileSync(`${file}.${process.pid}.tmp`, svg)
          renameSync(`${file}.${process.pid}.tmp`, file)
        }
        svgs.set(job.id, svg)
      }
    }
    finally {
      if (session)
        closeWhenIdle(idleMs)
    }
    return svgs
  })
  queue = run.catch(() => {})
  return run
}
