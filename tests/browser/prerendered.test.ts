// Every slide's address serves the slide itself, drawn at build time: a reader sees it
// before any script runs (or with scripts off), and the app takes it over without a jump.
import type { Page } from 'playwright-core'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadSlides } from '../../scripts/lib/deck'
import { READING_PATH, slideRoutes } from '../../scripts/lib/route-page'
import { FAST_3G } from '../../scripts/lib/weight'
import { entryOf } from '../deck-under-test'
import { watchedPage } from './session'
import { deckInBrowser } from './site'

const slides = await loadSlides(await entryOf('class'))
const numberOf = (marker: string) => slides.findIndex(s => s.content.includes(marker)) + 1
const diagram = numberOf('<ArticleDiagram')
const chart = numberOf('<SeriesSteps')
const aliased = slides.findIndex(s => s.frontmatter.routeAlias) + 1
const alias = String(slides[aliased - 1].frontmatter.routeAlias)
const ROUTES = [
  { path: '', no: 1, figure: undefined },
  { path: `${diagram}/`, no: diagram, figure: '[data-diagram] svg' },
  { path: `${chart}/`, no: chart, figure: '[data-chart] svg' },
  { path: `${alias}/`, no: aliased, figure: undefined },
]
// The app's entry module: the gate holds it back so the drawn slide can be measured.
const ENTRY = /\/assets\/index-[\w-]+\.js$/

const env = deckInBrowser()

const heading = (page: Page, scope: string) => page.locator(`${scope} :is(h1, h2)`).first()

describe('with scripts off', () => {
  it.each(ROUTES)('/$path shows slide $no with its heading and its drawn figure, inside the window', async ({ path, no, figure }) => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 }, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${env.deck.url}${path}`)
    const slide = page.locator(`#prerendered .slidev-page-${no}`)
    await expect.poll(() => slide.count()).toBe(1)
    const title = heading(page, '#prerendered')
    // eslint-disable-next-line unicorn/prefer-dom-node-text-content -- Playwright's innerText: the words shown
    expect((await title.innerText()).trim().length).toBeGreaterThan(5)
    const box = (await title.boundingBox())!
    expect(box.y).toBeGreaterThanOrEqual(0)
    expect(box.y + box.height).toBeLessThanOrEqual(720)
    expect(await title.evaluate(el => getComputedStyle(el).fontFamily)).toMatch(/^"Source Sans 3"/)
    if (figure) {
      const drawn = page.locator(`#prerendered ${figure}`).first()
      await expect.poll(() => drawn.isVisible()).toBe(true)
      const size = (await drawn.boundingBox())!
      expect(size.width).toBeGreaterThan(300)
      expect(await drawn.locator('text').count()).toBeGreaterThan(3)
    }
    await context.close()
  })

  it('follows a dark system setting before any script could set the deck\'s dark class', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 }, javaScriptEnabled: false, colorScheme: 'dark' })
    const page = await context.newPage()
    await page.goto(`${env.deck.url}${diagram}/`)
    const background = await page.locator(`#prerendered .slidev-page-${diagram} .slidev-layout`).evaluate(el => getComputedStyle(el).backgroundColor)
    const [r, g, b] = background.match(/\d+/g)!.map(Number)
    expect(r + g + b, background).toBeLessThan(150)
    await context.close()
  })
})

describe('with scripts on', () => {
  it.each(ROUTES.flatMap(r => (['light', 'dark'] as const).map(scheme => ({ ...r, scheme }))))('/$path ($scheme): the app takes over with the heading moved less than 2 px, and no error', async ({ path, no, scheme }) => {
    const w = await watchedPage(env.browser, new URL(env.deck.url).origin, { width: 1280, height: 720 }, scheme)
    let release = () => {}
    const gate = new Promise<void>(done => release = done)
    await w.page.route(ENTRY, async (route) => {
      await gate
      await route.continue()
    })
    await w.page.goto(`${env.deck.url}${path}`)
    await w.page.evaluate(() => document.fonts.ready.then(() => undefined))
    const before = (await heading(w.page, '#prerendered').boundingBox())!
    release()
    await w.page.locator('#prerendered').waitFor({ state: 'detached' })
    const after = (await heading(w.page, `#app .slidev-page-${no}`).boundingBox())!
    for (const side of ['x', 'y', 'width', 'height'] as const)
      expect(Math.abs(after[side] - before[side]), `${side}: ${before[side]} → ${after[side]}`).toBeLessThan(2)
    expect(w.take()).toEqual({ errors: [], external: [], dialogs: [] })
    await w.page.context().close()
  })

  it('every page carries the Content Security Policy: each slide\'s, the reading page, the app\'s own', () => {
    const pages = readdirSync(env.deck.dir, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.html'))
    const routes = slideRoutes(slides.length, Object.fromEntries(slides.map((s, i) => [i + 1, s.frontmatter.routeAlias])))
    expect(pages.sort()).toEqual([...routes.map(r => `${r.path}index.html`), `${READING_PATH}index.html`, '404.html'].sort())
    for (const page of pages)
      expect(readFileSync(join(env.deck.dir, page), 'utf8'), page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'(?: 'sha256-[\w+/=]+')*; /)
  })
})

describe('on a slow connection (Fast 3G, as DevTools models it)', () => {
  it('fetches only the slide while the reader reads; keys pressed then move the deck once it has loaded', async () => {
    const w = await watchedPage(env.browser, new URL(env.deck.url).origin, { width: 1280, height: 720 })
    const cdp = await w.page.context().newCDPSession(w.page)
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', FAST_3G)
    const fetched: string[] = []
    w.page.on('request', r => fetched.push(new URL(r.url()).pathname.replace(/-[\w-]{8}(?=\.\w+$)/, '')))
    await w.page.goto(`${env.deck.url}${diagram}/`, { waitUntil: 'load' })
    // On a fast connection the app starts when the loaded page is first idle (deck-boot.js);
    // by the next idle moment its first script would have been asked for.
    for (let idle = 0; idle < 2; idle++)
      await w.page.evaluate(() => new Promise(resolve => requestIdleCallback(() => resolve(undefined))))
    expect(await w.page.evaluate(() => (navigator as { connection?: { effectiveType: string } }).connection?.effectiveType)).toBe('3g')
    expect(fetched.sort()).toEqual([`/deck/${diagram}/`, '/deck/assets/source-sans-3-latin-400-normal.woff2', '/deck/assets/source-sans-3-latin-700-normal.woff2', '/deck/assets/style.css', '/deck/deck-boot.js', '/deck/favicon.svg'])
    // The keys the page passes on to the app once it runs (untrusted events), as the app sees them.
    await w.page.evaluate(() => {
      const seen: string[] = []
      Object.assign(window, { passedKeys: seen })
      for (const type of ['keydown', 'keyup'])
        window.addEventListener(type, e => !e.isTrusted && seen.push(`${type} ${(e as KeyboardEvent).key}`), true)
    })
    await w.page.keyboard.press('ArrowRight')
    await w.page.keyboard.press('ArrowRight')
    await w.page.locator('#prerendered').waitFor({ state: 'detached', timeout: 60_000 })
    await expect.poll(() => new URL(w.page.url()).pathname, { timeout: 10_000 }).toBe(`/deck/${diagram + 2}`)
    // Each key passed on is let go of as well, so the app cannot take it as held down and repeat it.
    await expect.poll(() => w.page.evaluate(() => (window as unknown as { passedKeys: string[] }).passedKeys), { timeout: 10_000 })
      .toEqual(['keydown ArrowRight', 'keyup ArrowRight', 'keydown ArrowRight', 'keyup ArrowRight'])
    expect(new URL(w.page.url()).pathname).toBe(`/deck/${diagram + 2}`)
    expect(w.take()).toEqual({ errors: [], external: [], dialogs: [] })
    await w.page.context().close()
  }, 90_000)
})
