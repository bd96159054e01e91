// A presenter's moves through the built deck, and what every slide must show when they
// arrive: the per-address suite loads each slide fresh, which hides what happens to slides
// Slidev mounted earlier while they were hidden.
import type { SlideInfo } from '@slidev/types'
import type { Page } from 'playwright-core'
import type { Article } from '../../data/schema'
import { SLIDE_VIEWPORT } from '../../scripts/lib/browse'
import { diagramsOn } from '../../scripts/lib/deck'
import { article } from '../deck-under-test'
import { auditSlide } from './audit'
import { DIAGRAMS, figuresDrawn, isDrawn, notDrawn } from './figures-drawn'

// Generous: other builds share the machine's two cores. Waits end as soon as the page is ready.
const SETTLE_MS = 15_000
const DRAW_MS = 8_000

export interface Place { no: number, clicks: number }
export const where = (p: Place): string => `slide ${p.no}${p.clicks ? ` at click ${p.clicks}` : ''}`

/** What the walks need to know of the deck: its length, its diagram count, and slide numbers by route alias (markers lead to addresses such as `/deck/checks-1`). */
export interface Shape { total: number, diagrams: number, aliases: Record<string, number> }

export function shapeOf(slides: SlideInfo[], data: Readonly<Article> = article): Shape {
  return {
    total: slides.length,
    diagrams: slides.reduce((n, s) => n + diagramsOn(data, s).length, 0),
    aliases: Object.fromEntries(slides.flatMap((s, i) => s.frontmatter.routeAlias ? [[s.frontmatter.routeAlias, i + 1]] : [])),
  }
}

interface PlaceQuery { aliases: Record<string, number>, unlike?: Place, equal?: Place }

// Runs inside the page: the place the address names, once Slidev shows that slide (and
// only it) in its slideshow, or false. The presenter view has its own #slideshow.
export function placeNow({ aliases, unlike, equal }: PlaceQuery): Place | false {
  const segment = decodeURIComponent(location.pathname.replace(/\/$/, '').split('/').pop() ?? '')
  const no = /^\d+$/.test(segment) ? Number(segment) : aliases[segment]
  const clicks = Number(new URLSearchParams(location.search).get('clicks') ?? 0)
  const shown = [...document.querySelectorAll('#slideshow > [data-slidev-no]')].filter(el => getComputedStyle(el).display !== 'none')
  if (shown.length !== 1 || Number(shown[0].getAttribute('data-slidev-no')) !== no)
    return false
  if (!shown[0].querySelector('.slidev-layout')?.getBoundingClientRect().width)
    return false
  if (unlike && unlike.no === no && unlike.clicks === clicks)
    return false
  if (equal && (equal.no !== no || equal.clicks !== clicks))
    return false
  return { no, clicks }
}

/** Waits until the page settles on a place (one unlike `unlike`, or equal to `equal`); undefined if it never does. */
export async function settle(page: Page, query: PlaceQuery): Promise<Place | undefined> {
  try {
    const handle = await page.waitForFunction(placeNow, query, { timeout: SETTLE_MS, polling: 100 })
    return await handle.jsonValue() as Place
  }
  catch {
    return undefined
  }
}

/** Presses `key` and waits for the deck to move; undefined if it stays where it was. */
export async function press(page: Page, key: string, from: Place, aliases: Record<string, number>): Promise<Place | undefined> {
  await page.keyboard.press(key)
  return settle(page, { aliases, unlike: from })
}

/** What is wrong with the diagrams on slide `no` of the page's slideshow, after giving them time to draw. */
export async function diagramFailures(page: Page, no: number, pane = 'slide'): Promise<string[]> {
  const query = { no, canvas: SLIDE_VIEWPORT.width, figures: DIAGRAMS }
  const deadline = Date.now() + DRAW_MS
  let states = await page.evaluate(figuresDrawn, query)
  while (!states.every(isDrawn) && Date.now() < deadline) {
    await page.waitForTimeout(100)
    states = await page.evaluate(figuresDrawn, query)
  }
  return notDrawn(states, no, pane)
}

/** Everything wrong with slide `no` as the audience sees it: diagrams, heading, overflow. */
export async function slideFailures(page: Page, no: number): Promise<string[]> {
  const diagrams = await diagramFailures(page, no)
  const h1 = page.locator(`#slideshow > .slidev-page-${no} h1`).first()
  const heading = await h1.isVisible() ? [] : [`slide ${no}: its h1 is not visible`]
  const audit = await page.evaluate(auditSlide, { no, minPx: 0 })
  return [
    ...diagrams,
    ...heading,
    ...audit.outside.map(t => `slide ${no}: text outside the slide: ${t}`),
    ...audit.overlap.map(t => `slide ${no}: text over the footer: ${t}`),
    ...audit.overflow.map(t => `slide ${no}: content overflows its box: ${t}`),
  ]
}

/**
 * Waits until Slidev has mounted every slide (hidden, but the current one) with every
 * diagram in them, as a few seconds after loading: the presenter has been talking on the
 * first slide for a while, and no later slide is drawn on arrival by luck.
 */
export async function waitForDeck(page: Page, { total: slides, diagrams }: Shape): Promise<void> {
  await page.waitForFunction(({ slides, diagrams }) => {
    const show = document.querySelector('#slideshow')
    const figures = [...show?.querySelectorAll('[data-diagram]') ?? []]
    return show?.querySelectorAll(':scope > [data-slidev-no]').length === slides && figures.length === diagrams
      && figures.every(f => f.querySelector('svg'))
  }, { slides, diagrams }, { timeout: 60_000, polling: 200 }).catch(() => {
    throw new Error(`${page.url()}: Slidev did not mount all ${slides} slides with their ${diagrams} diagrams within 60 s`)
  })
}

/** Whether slide `no` still has v-click steps to reveal: a forward walk ends on the last slide once it has none. */
export function hasHiddenSteps(page: Page, no: number): Promise<boolean> {
  return page.locator(`#slideshow > .slidev-page-${no} .slidev-vclick-hidden`).count().then(n => n > 0)
}

export interface Walk {
  page: Page
  shape: Shape
  key: string
  /** What is wrong at each place reached. */
  check: (at: Place) => Promise<string[]>
}

/**
 * Presses `key` from `start` until the deck's end (forward keys) or slide 1 at click 0
 * (backward), checking every place reached. Returns the places (`start` first) and every
 * failure, so one run names all the slides that went wrong.
 */
export async function walk({ page, shape: { aliases, total }, key, check }: Walk, start: Place): Promise<{ visited: Place[], failures: string[] }> {
  const back = key === 'ArrowLeft'
  const visited: Place[] = [start]
  const failures: string[] = []
  let at = start
  for (;;) {
    if (back ? at.no === 1 && at.clicks === 0 : at.no === total && !await hasHiddenSteps(page, at.no))
      break
    const next = await press(page, key, at, aliases)
    if (!next) {
      failures.push(`${where(at)}: ${key} did not move the deck`)
      break
    }
    const step = back ? -1 : 1
    if (!(next.no === at.no + step || (next.no === at.no && next.clicks === at.clicks + step)))
      failures.push(`${where(at)}: ${key} went to ${where(next)}`)
    visited.push(next)
    failures.push(...await check(next))
    at = next
  }
  return { visited, failures }
}

/** The slides a walk never reached, as failures. */
export function unreached(visited: Place[], total: number): string[] {
  return Array.from({ length: total }, (_, i) => i + 1).filter(no => !visited.some(p => p.no === no)).map(no => `slide ${no} was never reached`)
}
