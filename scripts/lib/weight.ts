import type { Browser } from 'playwright-core'
import { Buffer } from 'node:buffer'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { serveStatic } from '../offline/serve.mjs'
import { openSlide, SLIDE_VIEWPORT } from './browse'
import { ROOT } from './deck'
import { runBin } from './run'

export interface FirstSlideLoad {
  /** Bytes fetched, uncompressed (the local server does not gzip). */
  bytes: number
  ms: number
  responses: { url: string, body: Buffer }[]
}

/** Everything a viewer fetches until slide 1 of a built site (hosted at `base`) is drawn. */
export async function loadFirstSlide(browser: Browser, site: string, base = '/'): Promise<FirstSlideLoad> {
  const server = await serveStatic(site, base)
  const page = await browser.newPage({ viewport: SLIDE_VIEWPORT })
  try {
    // Bodies arrive after their responses: collect them all before closing the page.
    const pending: Promise<{ url: string, body: Buffer }>[] = []
    page.on('response', r => pending.push(r.body().then(body => ({ url: r.url(), body }), () => ({ url: r.url(), body: Buffer.alloc(0) }))))
    const t = Date.now()
    await openSlide(page, server.url, 1)
    const ms = Date.now() - t
    const responses = await Promise.all(pending)
    return { bytes: responses.reduce((sum, r) => sum + r.body.length, 0), ms, responses }
  }
  finally {
    await page.close()
    await server.close()
  }
}

/** DevTools' "Fast 3G": what the benchmark and the settled-bytes budget model a school's Wi-Fi as. */
export const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1024 * 1024 / 8) * 0.9, uploadThroughput: (750 * 1024 / 8) * 0.9 }

export interface SettledLoad {
  bytes: number
  requests: number
  /** Paths fetched, in order. */
  paths: string[]
}

/**
 * Everything a viewer fetches from opening `path` of a built site until the page has
 * nothing more to fetch, with nobody touching it: past Slidev's preloading of every slide
 * (three seconds after it starts). `slow` opens it on Fast 3G; `scripts: false` with
 * JavaScript off, which is what the slide alone needs to show.
 */
export async function loadSettled(browser: Browser, site: string, base: string, path = '', { slow = false, scripts = true } = {}): Promise<SettledLoad> {
  const server = await serveStatic(site, base)
  const context = await browser.newContext({ viewport: SLIDE_VIEWPORT, javaScriptEnabled: scripts })
  const page = await context.newPage()
  try {
    if (slow) {
      const cdp = await context.newCDPSession(page)
      await cdp.send('Network.enable')
      await cdp.send('Network.emulateNetworkConditions', FAST_3G)
    }
    const pending: Promise<number>[] = []
    const paths: string[] = []
    page.on('response', (r) => {
      paths.push(new URL(r.url()).pathname)
      pending.push(r.body().then(b => b.length, () => 0))
    })
    await page.goto(`${server.url}${path}`, { waitUntil: 'load', timeout: 120_000 })
    await page.waitForTimeout(4000)
    await page.waitForLoadState('networkidle', { timeout: 120_000 })
    const sizes = await Promise.all(pending)
    return { bytes: sizes.reduce((a, b) => a + b, 0), requests: sizes.length, paths }
  }
  finally {
    await context.close()
    await server.close()
  }
}

/**
 * Builds a one-slide deck on the default theme with local fonts: Slidev's own floor, the
 * baseline the deck's weight is held to (`moreSlides`, in Markdown, follow it). It is built inside the project (.tmp/, ignored
 * by git) so it resolves the same installed Slidev.
 */
export async function buildBareDeck(out: string, base = '/', moreSlides: string[] = []): Promise<void> {
  const bare = join(ROOT, '.tmp', `bare-deck-${process.pid}-${Date.now()}`)
  await mkdir(bare, { recursive: true })
  await writeFile(join(bare, 'slides.md'), ['---\ntheme: default\nfonts:\n  provider: none\n---\n\n# Hello\n', ...moreSlides].join('\n---\n\n'))
  try {
    await runBin('slidev', ['build', join(bare, 'slides.md'), '--base', base, '--out', out, '--without-notes'], {}, bare)
  }
  finally {
    await rm(bare, { recursive: true, force: true })
  }
}
