import type { Browser, Page } from 'playwright-core'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { launchChromium, SLIDE_VIEWPORT } from '../../scripts/lib/browse'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** A page that records console errors, page errors, dialogs and every request for anything but the server's. */
export interface Watched {
  page: Page
  errors: string[]
  external: string[]
  dialogs: string[]
  /** Empties the logs and returns what they held. */
  take: () => { errors: string[], external: string[], dialogs: string[] }
}

/**
 * Chromium for the suites, which can reach only this machine: every other address goes to
 * a proxy that is not there and fails at once (Chromium never proxies loopback addresses).
 */
export async function openBrowser(): Promise<Browser> {
  return launchChromium(['--proxy-server=http://127.0.0.1:9'])
}

export async function watchedPage(browser: Browser, origin: string, viewport = SLIDE_VIEWPORT, colorScheme: 'light' | 'dark' = 'light'): Promise<Watched> {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block', colorScheme })
  const page = await context.newPage()
  const w: Watched = {
    page,
    errors: [],
    external: [],
    dialogs: [],
    take: () => {
      const out = { errors: [...w.errors], external: [...w.external], dialogs: [...w.dialogs] }
      w.errors.length = 0
      w.external.length = 0
      w.dialogs.length = 0
      return out
    },
  }
  // Record anything not served by our local server: fonts, favicons, scripts, images
  // (openBrowser's Chromium cannot fetch it). Watched, not intercepted: intercepting every
  // request turns the browser's cache off and sends each request through this process.
  context.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      w.external.push(url)
  })
  page.on('console', (m) => {
    if (m.type() === 'error')
      w.errors.push(`console: ${m.text()}`)
  })
  page.on('pageerror', e => w.errors.push(`pageerror: ${e.message}`))
  page.on('dialog', (d) => { w.dialogs.push(`${d.type()}: ${d.message()}`); void d.dismiss() })
  await page.addInitScript(axeSource)
  return w
}

/** Serious and critical axe-core violations on the current page. */
export async function axeViolations(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: { id: string, impact: string, nodes: { target: string[] }[] }[] }> } }).axe
    const { violations } = await axe.run(document, { resultTypes: ['violations'] })
    return violations
      .filter(v => v.impact === 'serious' || v.impact === 'critical')
      .map(v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')}`)
  })
}
