// Someone opens the hosted site's base: the landing page lists each deck, runs nothing,
// fetches nothing from elsewhere, reads on a phone held upright, and each link opens its
// variant. The variants' sites are stand-ins here: the page, not the decks, is under test.
import type { Browser } from 'playwright-core'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateArticle } from '../../data/validate'
import { writeHostedSite } from '../../scripts/lib/hosted-site'
import { serveStatic } from '../../scripts/offline/serve.mjs'
import { article, DECK } from '../deck-under-test'
import { LEAST_DECK } from '../least-deck'
import { axeViolations, openBrowser, watchedPage } from './session'

const BASE = '/decks/'
const second = validateArticle({ ...LEAST_DECK, deck: { title: 'A second deck', variants: [{ id: 'talk', label: 'talk', minutes: 15 }] } })
const decks = [{ id: DECK.id, article }, { id: 'second', article: second }]
const work = mkdtempSync(join(tmpdir(), 'deck-landing-'))
let server: Awaited<ReturnType<typeof serveStatic>>
let browser: Browser

beforeAll(async () => {
  const stand = (deck: string, variant: string) => {
    const dir = join(work, 'built', deck, variant)
    mkdirSync(dir, { recursive: true })
    // With an icon, as a built deck has: a page without one makes the browser ask for /favicon.ico.
    writeFileSync(join(dir, 'index.html'), `<!DOCTYPE html><html lang="en"><title>${deck} ${variant}</title><link rel="icon" href="data:,"><h1>${deck} ${variant}</h1></html>`)
    return dir
  }
  await writeHostedSite(join(work, 'site'), decks, BASE, stand)
  server = await serveStatic(join(work, 'site'), BASE)
  browser = await openBrowser()
}, 60_000)
afterAll(async () => {
  await browser?.close()
  await server?.close()
  rmSync(work, { recursive: true, force: true })
})

describe('the hosted site\'s landing page', () => {
  it.each([['a phone held upright', { width: 390, height: 844 }], ['a laptop', { width: 1280, height: 800 }]] as const)('reads on %s: every deck, nothing run or fetched from elsewhere, nothing wider than the screen, no accessibility fault', async (_, viewport) => {
    const w = await watchedPage(browser, new URL(server.url).origin, viewport)
    await w.page.goto(server.url)
    expect(await w.page.locator('h2').allTextContents()).toEqual(decks.map(d => d.article.deck.title))
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    expect(await axeViolations(w.page)).toEqual([])
    expect(w.take()).toEqual({ errors: [], external: [], dialogs: [] })
    await w.page.context().close()
  })

  it('opens each variant from its link, under the base', async () => {
    const w = await watchedPage(browser, new URL(server.url).origin)
    for (const { id, article: a } of decks) {
      for (const v of a.deck.variants) {
        await w.page.goto(server.url)
        await w.page.getByRole('link', { name: `${v.minutes}-minute ${v.label}` }).and(w.page.locator(`[href="${BASE}${id}/${v.id}/"]`)).click()
        await expect.poll(() => w.page.locator('h1').textContent()).toBe(`${id} ${v.id}`)
        expect(new URL(w.page.url()).pathname).toBe(`${BASE}${id}/${v.id}/`)
      }
    }
    expect(w.take()).toEqual({ errors: [], external: [], dialogs: [] })
    await w.page.context().close()
  })
})
