// The built deck's slides in any engine: a slide opened at its address, its figures drawn,
// and the talk walked with the arrow key. What Chromium's suites do with Playwright's
// waits (../journey.ts), in page functions every engine runs alike.
import type { Place, Shape } from '../journey'
import type { EnginePage } from './engine'
import { SLIDE_VIEWPORT } from '../../../scripts/lib/browse'
import { FIGURES, figuresDrawn, notDrawn } from '../figures-drawn'
import { placeNow, where } from '../journey'
import { waitInPage } from './engine'

// Generous: a build may share the machine's two cores. Waits end as soon as the page is ready.
const SETTLE_MS = 15_000

// Runs in the page: slide `no` is the app's own (the copy drawn at build has gone), laid
// out, its fonts loaded and every diagram in it drawn.
function slideReady(no: number): boolean {
  const slide = document.querySelector(`#slideshow .slidev-page-${no}`)
  return !document.getElementById('prerendered') && !!slide?.querySelector('.slidev-layout')?.getBoundingClientRect().width
    && document.fonts.status === 'loaded' && [...slide.querySelectorAll('[data-diagram]')].every(f => f.querySelector('svg'))
}

/** Opens slide `no` at its address and waits for it; what is wrong if it never comes. */
export async function openSlide(page: EnginePage, deckUrl: string, no: number): Promise<string[]> {
  await page.goto(`${deckUrl}${no}`)
  return await waitInPage(page, slideReady, no, SETTLE_MS) ? [] : [`slide ${no}: not shown within ${SETTLE_MS / 1000} s of opening its address`]
}

/** What is wrong with the `expected` figures of slide `no` as shown now. */
export async function figureFailures(page: EnginePage, no: number, expected: number): Promise<string[]> {
  const drawn = await page.evaluate(figuresDrawn, { no, canvas: SLIDE_VIEWPORT.width, figures: FIGURES })
  const count = drawn.length === expected ? [] : [`slide ${no}: ${drawn.length} figures shown, ${expected} expected`]
  return [...count, ...notDrawn(drawn, no)]
}

// Runs in the page: every slide mounted (hidden, but the current one) with every diagram
// in it drawn, as a few seconds after loading.
function deckMounted({ total, diagrams }: Shape): boolean {
  const show = document.querySelector('#slideshow')
  const figures = [...show?.querySelectorAll('[data-diagram]') ?? []]
  return show?.querySelectorAll(':scope > [data-slidev-no]').length === total && figures.length === diagrams && figures.every(f => f.querySelector('svg'))
}

/** Waits until the app has mounted the whole deck, so no later slide is drawn on arrival by luck; what is wrong if it never does. */
export async function waitForDeck(page: EnginePage, shape: Shape): Promise<string[]> {
  return await waitInPage(page, deckMounted, shape, 60_000) ? [] : [`the app did not mount all ${shape.total} slides with their ${shape.diagrams} diagrams within 60 s`]
}

// Runs in the page: whether slide `no` still has click steps to reveal.
function hasHiddenSteps(no: number): boolean {
  return !!document.querySelector(`#slideshow > .slidev-page-${no} .slidev-vclick-hidden`)
}

/**
 * Presses the right arrow from slide 1 until the last slide shows all its steps, checking
 * every place reached; returns the places and every failure, so one run names them all.
 */
export async function walkForward(page: EnginePage, { aliases, total }: Shape, check: (at: Place) => Promise<string[]>): Promise<{ visited: Place[], failures: string[] }> {
  let at = await waitInPage(page, placeNow, { aliases, equal: { no: 1, clicks: 0 } }, SETTLE_MS)
  if (!at)
    return { visited: [], failures: ['slide 1 was not shown at the start of the walk'] }
  const visited: Place[] = [at]
  const failures: string[] = []
  while (!(at.no === total && !await page.evaluate(hasHiddenSteps, at.no))) {
    await page.press('ArrowRight')
    const next: Place | undefined = await waitInPage(page, placeNow, { aliases, unlike: at }, SETTLE_MS)
    if (!next) {
      failures.push(`${where(at)}: ArrowRight did not move the deck`)
      break
    }
    if (!(next.no === at.no + 1 || (next.no === at.no && next.clicks === at.clicks + 1)))
      failures.push(`${where(at)}: ArrowRight went to ${where(next)}`)
    visited.push(next)
    failures.push(...await check(next))
    at = next
  }
  return { visited, failures }
}
