// Every real deck but the one the engine's suites walk in full (tests/deck-under-test.ts),
// and the neutral fixture deck (made wholly from its data), built and walked as its
// audience meets it: each slide opened at its address and checked
// (no error, nothing fetched from elsewhere, nothing spilling or too small, accessible),
// then the whole talk presented with the arrow key, every slide reached and drawn, and
// again from the presenter view with the audience window following; read on a phone held
// upright; printed from the browser; every page it built valid HTML (the Nu HTML
// Checker, nu-checker.ts; skipped without Java, saying so, except under CI). Each is its
// notes build (the presenter view needs the notes; the audience's slides are the public
// build's). Two test files share the walks (real-decks*.test.ts), so that two workers take
// them side by side and neither is left alone with all of them at the end of a run.
import type { Browser } from 'playwright-core'
import type { Watched } from './session'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { waitForSlide } from '../../scripts/lib/browse'
import { loadSlides } from '../../scripts/lib/deck'
import { deckArticle, decksIn, writeEntry } from '../../scripts/lib/decks'
import { readPdfText } from '../../scripts/lib/pdf'
import { DECK } from '../deck-under-test'
import { FIXTURE } from '../fixture-deck'
import { auditSlide } from './audit'
import { shapeOf, slideFailures, unreached, waitForDeck, walk } from './journey'
import { checkerMissing, CI, htmlErrors } from './nu-checker'
import { presenterWalk } from './presenter-walk'
import { axeViolations, openBrowser, watchedPage } from './session'
import { builtDeck, SITE_WAIT } from './site'

const MIN_PX = 14
const noChecker = checkerMissing()
if (noChecker && !CI)
  console.warn(`Valid HTML checks skipped: ${noChecker}`)
/** Every variant of every real deck but the deck under test's, and the fixture deck's; `main` marks each real deck's first. */
export async function realDeckRuns() {
  return (await Promise.all([...decksIn().filter(d => d.id !== DECK.id), FIXTURE].map(async (deck) => {
    const article = await deckArticle(deck)
    return Promise.all(article.deck.variants.map(async (v, i) => ({ deck, article, variant: v.id, main: deck !== FIXTURE && i === 0, slides: await loadSlides(await writeEntry(deck, v.id)) })))
  }))).flat()
}
type Run = Awaited<ReturnType<typeof realDeckRuns>>[number]

/** The walks of `runs`: a test file's share of realDeckRuns(). */
export function describeRealDecks(runs: readonly Run[]): void {
  describe.each(runs.map(r => ({ ...r, name: `${r.deck.id}, ${r.variant}` })))('the $name deck', ({ deck, article, variant, slides }) => {
    let site: Awaited<ReturnType<typeof builtDeck>>
    let browser: Browser
    let w: Watched

    beforeAll(async () => {
      site = await builtDeck({ deck, variant, withNotes: true })
      browser = await openBrowser()
      w = await watchedPage(browser, new URL(site.url).origin)
    }, SITE_WAIT)
    afterAll(async () => {
      await browser?.close()
      await site?.close()
    })

    it('shows every slide at its address with no error, nothing fetched from elsewhere, nothing spilling, no text under 14 px, no accessibility fault', async () => {
      const problems: string[] = []
      for (let no = 1; no <= slides.length; no++) {
        await w.page.goto(`${site.url}${no}`)
        await waitForSlide(w.page, no)
        const audit = await w.page.evaluate(auditSlide, { no, minPx: MIN_PX })
        const seen = w.take()
        problems.push(...[...audit.outside, ...audit.overlap, ...audit.overflow, ...audit.tiny, ...seen.errors, ...seen.external, ...await axeViolations(w.page)].map(p => `slide ${no}: ${p}`))
      }
      expect(problems).toEqual([])
    }, 240_000)

    it.skipIf(noChecker !== undefined && !CI)('is valid HTML on every page it built: each slide\'s address, the reading page, the 404 page', async () => {
      expect(await htmlErrors(site.dir)).toEqual([])
    }, 120_000)

    it('reads on a phone held upright: the reading page, every slide in turn, nothing wider than the screen', async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' })
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', e => errors.push(e.message))
      await page.goto(site.url)
      await expect.poll(() => new URL(page.url()).pathname).toBe(`${new URL(site.url).pathname}read/`)
      for (let no = 1; no <= slides.length; no++)
        expect(await page.locator(`#slide-${no}`).count(), `slide ${no}`).toBe(1)
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
      expect(errors).toEqual([])
      await context.close()
    }, 60_000)

    it('prints from the browser, one page a slide', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
      await page.goto(`${site.url}print`, { waitUntil: 'load' })
      await page.waitForFunction(n => document.querySelectorAll('.print-slide-container .slidev-layout').length >= n, slides.length, { timeout: 60_000 })
      await page.emulateMedia({ media: 'print' })
      const dir = mkdtempSync(join(tmpdir(), 'deck-real-print-'))
      await page.pdf({ path: join(dir, 'printed.pdf'), preferCSSPageSize: true, printBackground: true })
      expect((await readPdfText(join(dir, 'printed.pdf'))).pages).toHaveLength(slides.length)
      rmSync(dir, { recursive: true, force: true })
      await page.close()
    }, 90_000)

    it('is presented with the arrow key from the first slide to the last, every slide reached, headed and drawn', async () => {
      const shape = shapeOf(slides, article)
      await w.page.goto(`${site.url}1`)
      await waitForDeck(w.page, shape)
      const { visited, failures } = await walk({ page: w.page, shape, key: 'ArrowRight', check: at => slideFailures(w.page, at.no) }, { no: 1, clicks: 0 })
      expect([...failures, ...unreached(visited, slides.length)]).toEqual([])
      expect(w.take().errors).toEqual([])
    }, 240_000)

    it('is presented from the presenter view to the end, the audience window following, every diagram drawn in both', async () => {
      expect(await presenterWalk(browser, site.url, shapeOf(slides, article))).toEqual([])
    }, 600_000)
  })
}
