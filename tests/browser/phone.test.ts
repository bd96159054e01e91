// A phone: held upright it gets the reading page (every slide in turn, one page to
// scroll), which switches to the slides and back; turned sideways it keeps the slides,
// with on-screen controls, and taps and swipes move both ways.
import type { Page } from 'playwright-core'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { loadSlides } from '../../scripts/lib/deck'
import { entryOf } from '../deck-under-test'
import { deckInBrowser } from './site'

const slides = await loadSlides(await entryOf('class'))
const chart = slides.findIndex(s => s.content.includes('<SeriesSteps')) + 1
const UPRIGHT = { width: 390, height: 844 }
const SIDEWAYS = { width: 844, height: 390 }

const env = deckInBrowser()

async function phone(viewport: { width: number, height: number }) {
  // A phone: touch, a narrow screen at three device pixels to the CSS pixel.
  const context = await env.browser.newContext({ viewport, isMobile: true, hasTouch: true, deviceScaleFactor: 3, serviceWorkers: 'block' })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error')
      errors.push(m.text())
  })
  page.on('pageerror', e => errors.push(e.message))
  await page.addInitScript({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') })
  return { page, errors, close: () => context.close() }
}

function path(page: Page) { const u = new URL(page.url()); return `${u.pathname}${u.search}${u.hash}` }
const headingTop = (page: Page, no: number) => page.locator(`#slide-${no} h1`).first().evaluate(el => el.getBoundingClientRect().top)

describe('held upright (390×844, touch)', () => {
  it('opens the reading page at the slide\'s own section: /N lands on section N', async () => {
    const p = await phone(UPRIGHT)
    await p.page.goto(`${env.deck.url}${chart}/`)
    await expect.poll(() => path(p.page)).toBe(`/deck/read/#slide-${chart}`)
    await p.page.evaluate(() => document.fonts.ready.then(() => undefined))
    const top = await headingTop(p.page, chart)
    expect(top).toBeGreaterThan(0)
    expect(top).toBeLessThan(200)
    await p.page.goto(env.deck.url)
    await expect.poll(() => path(p.page)).toBe('/deck/read/#slide-1')
    expect(p.errors).toEqual([])
    await p.close()
  })

  it('reads at 16 px or more, with no sideways scrolling and every section there', async () => {
    const p = await phone(UPRIGHT)
    await p.page.goto(`${env.deck.url}read/`)
    await p.page.evaluate(() => document.fonts.ready.then(() => undefined))
    const layout = await p.page.evaluate(`(() => {
      const sizes = []
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement
        if (!n.textContent.trim() || el.closest('svg') || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
          continue
        const box = el.getBoundingClientRect()
        if (box.width < 2 || box.height < 2)
          continue
        sizes.push({ size: parseFloat(getComputedStyle(el).fontSize), text: n.textContent.trim().slice(0, 40) })
      }
      sizes.sort((a, b) => a.size - b.size)
      return { scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth, smallest: sizes.slice(0, 3), sections: document.querySelectorAll('.reading-section').length }
    })()`) as { scroll: number, width: number, smallest: { size: number, text: string }[], sections: number }
    expect(layout.sections).toBe(slides.length)
    expect(layout.scroll, 'page wider than the screen').toBeLessThanOrEqual(layout.width)
    expect(layout.smallest[0].size, JSON.stringify(layout.smallest)).toBeGreaterThanOrEqual(16)
    await p.close()
  })

  it('labels each claim check\'s cells with their column, the table\'s heading row being gone', async () => {
    const p = await phone(UPRIGHT)
    await p.page.goto(`${env.deck.url}read/`)
    const labels = await p.page.evaluate(`[...document.querySelectorAll('.reading-section .critical [role="cell"]')].slice(0, 3).map(c => getComputedStyle(c, '::before').content)`)
    expect(labels).toEqual(['"The article says"', 'none', '"The record shows"'])
    expect(await p.page.locator('.reading-section .critical .head').first().isVisible()).toBe(false)
    await p.close()
  })

  it('has no accessibility violation (axe)', async () => {
    const p = await phone(UPRIGHT)
    await p.page.goto(`${env.deck.url}read/`)
    const violations = await p.page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: { id: string, impact: string, nodes: { target: string[] }[] }[] }> } }).axe
      const { violations } = await axe.run(document, { resultTypes: ['violations'] })
      return violations.map(v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')}`)
    })
    expect(violations).toEqual([])
    await p.close()
  })

  it('switches to the slide being read and back to its section', async () => {
    const p = await phone(UPRIGHT)
    await p.page.goto(`${env.deck.url}read/#slide-${chart}`)
    const toSlides = p.page.getByRole('link', { name: 'Show as slides' })
    await expect.poll(() => toSlides.getAttribute('href')).toBe(`/deck/${chart}/?slides`)
    await toSlides.tap()
    await expect.poll(() => path(p.page)).toMatch(new RegExp(`^/deck/${chart}/?\\?slides$`))
    await p.page.locator('#prerendered').waitFor({ state: 'detached' })
    // The slide, upright and fitted to the width: not turned sideways.
    const slide = (await p.page.locator(`#app .slidev-page-${chart}`).boundingBox())!
    expect(slide.width).toBeGreaterThan(UPRIGHT.width - 2)
    expect(slide.width).toBeLessThan(UPRIGHT.width + 2)
    expect(slide.height).toBeLessThan(slide.width)
    // The choice holds for the visit: the next slide stays a slide.
    await p.page.getByRole('link', { name: 'Next slide' }).tap()
    await expect.poll(() => new URL(p.page.url()).pathname).toBe(`/deck/${chart + 1}`)
    await p.page.getByRole('link', { name: 'Read as a page' }).tap()
    await expect.poll(() => path(p.page)).toBe(`/deck/read/#slide-${chart + 1}`)
    expect(p.errors).toEqual([])
    await p.close()
  })
})

describe('turned sideways (844×390, touch)', () => {
  async function openSlideSideways(no: number) {
    const p = await phone(SIDEWAYS)
    await p.page.goto(`${env.deck.url}${no}/`)
    await p.page.locator('#prerendered').waitFor({ state: 'detached' })
    return p
  }
  const shownNo = (page: Page) => new URL(page.url()).pathname.replace('/deck/', '').replace(/\/$/, '')

  it('keeps the slides, with previous and next on screen, clear of the slide\'s content; a tap moves either way', async () => {
    const p = await openSlideSideways(5)
    const slide = (await p.page.locator('#app .slidev-page-5').boundingBox())!
    for (const name of ['Previous slide', 'Next slide']) {
      const control = p.page.getByRole('link', { name })
      const box = (await control.boundingBox())!
      expect(box.width).toBeGreaterThanOrEqual(44)
      expect(box.x + box.width <= slide.x || box.x >= slide.x + slide.width, `${name} covers the slide`).toBe(true)
    }
    await p.page.getByRole('link', { name: 'Next slide' }).tap()
    await expect.poll(() => shownNo(p.page)).toBe('6')
    await p.page.getByRole('link', { name: 'Previous slide' }).tap()
    await expect.poll(() => shownNo(p.page)).toBe('5')
    expect(p.errors).toEqual([])
    await p.close()
  })

  it('moves forward on a swipe to the left and back on a swipe to the right', async () => {
    const p = await openSlideSideways(5)
    const cdp = await p.page.context().newCDPSession(p.page)
    const swipe = async (from: number, to: number) => {
      const y = 200
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from, y }] })
      for (let i = 1; i <= 8; i++)
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from + (to - from) * i / 8, y }] })
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    }
    await swipe(600, 200)
    await expect.poll(() => shownNo(p.page)).toBe('6')
    await swipe(200, 600)
    await expect.poll(() => shownNo(p.page)).toBe('5')
    expect(p.errors).toEqual([])
    await p.close()
  })
})
