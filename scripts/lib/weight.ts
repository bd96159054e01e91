import type { Browser } from 'playwright-core'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { serveStatic } from '../offline/serve.mjs'
import { openSlide, SLIDE_VIEWPORT } from './browse'
import { buildSite } from './build'
import { ROOT } from './deck'

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

/**
 * Builds a one-slide deck on the default theme with local fonts: Slidev's own floor, the
 * baseline the deck's weight is held to. It is built inside the project (.tmp/, ignored
 * by git) so it resolves the same installed Slidev.
 */
export async function buildBareDeck(out: string, base = '/'): Promise<void> {
  const bare = join(ROOT, '.tmp', `bare-deck-${process.pid}-${Date.now()}`)
  await mkdir(bare, { recursive: true })
  await writeFile(join(bare, 'slides.md'), '---\ntheme: default\nfonts:\n  provider: none\n---\n\n# Hello\n')
  try {
    await buildSite({ out, base, withNotes: false, root: bare })
  }
  finally {
    await rm(bare, { recursive: true, force: true })
  }
}
