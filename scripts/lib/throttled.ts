import type { Browser } from 'playwright-core'
import { serveStatic } from '../offline/serve.mjs'
import { SLIDE_VIEWPORT } from './browse'
import { FAST_3G } from './weight'

// A phone on a school's Wi-Fi, as Chromium's DevTools model it: "Fast 3G" and a CPU four
// times slower than this machine's. Only the benchmark uses this: timings are not tested.
const CPU_SLOWDOWN = 4

export interface ThrottledLoad {
  /** From navigation until `selector` is shown, laid out with the page's styles. */
  ms: number
  /** Bytes fetched by then, uncompressed (the local server does not gzip). */
  bytes: number
  requests: number
}

/** Opens `path` of a built site on a throttled phone profile and times it until `selector` is shown. */
export async function openThrottled(browser: Browser, site: string, path: string, selector: string): Promise<ThrottledLoad> {
  const server = await serveStatic(site, '/')
  const page = await browser.newPage({ viewport: SLIDE_VIEWPORT })
  try {
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await cdp.send('Network.emulateNetworkConditions', FAST_3G)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
    let bytes = 0
    let requests = 0
    cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
      bytes += e.encodedDataLength
      requests++
    })
    const t = Date.now()
    await page.goto(`${server.url}${path}`, { waitUntil: 'commit' })
    // Shown means laid out with the page's styles: an element has a box before its
    // stylesheet arrives, but the browser paints nothing until then.
    // (The locator also finds what is drawn in a shadow root, as Slidev draws Mermaid.)
    await page.locator(selector).first().waitFor({ state: 'visible', timeout: 120_000 })
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every(l => l.sheet), undefined, { timeout: 120_000, polling: 'raf' })
    return { ms: Date.now() - t, bytes, requests }
  }
  finally {
    await page.close()
    await server.close()
  }
}
