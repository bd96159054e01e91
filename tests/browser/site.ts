import type { Browser } from 'playwright-core'
import type { StaticServer } from '../../scripts/offline/serve.mjs'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, inject } from 'vitest'
import { buildSite } from '../../scripts/lib/build'
import { serveStatic } from '../../scripts/offline/serve.mjs'
import { BASE } from './base'
import { openBrowser } from './session'

export { BASE }

/**
 * Serves the deck under a sub-path on 127.0.0.1: the class deck from the run's one build
 * (built-sites.ts), another entry or an altered copy of the project built for the caller.
 */
export async function builtDeck(options: { withNotes?: boolean, root?: string, entry?: string } = {}): Promise<StaticServer & { dir: string }> {
  if (!options.root && !options.entry) {
    const dir = inject('builtSites')[options.withNotes ? 'notes' : 'plain']
    return { ...await serveStatic(dir, BASE), dir }
  }
  const parent = mkdtempSync(join(tmpdir(), 'deck-site-'))
  const dir = join(parent, 'site')
  await buildSite({ out: dir, base: BASE, withNotes: options.withNotes ?? false, root: options.root, entry: options.entry })
  const server = await serveStatic(dir, BASE)
  const close = async () => {
    await server.close()
    rmSync(parent, { recursive: true, force: true })
    if (options.root)
      rmSync(options.root, { recursive: true, force: true })
  }
  return { ...server, dir, close }
}

export interface DeckInBrowser {
  deck: Awaited<ReturnType<typeof builtDeck>>
  browser: Browser
}

/** Builds and serves the deck and opens Chromium before a test file's tests; closes both after. */
export function deckInBrowser(): DeckInBrowser {
  const env = {} as DeckInBrowser
  beforeAll(async () => {
    env.deck = await builtDeck()
    env.browser = await openBrowser()
  }, 240_000)
  afterAll(async () => {
    await env.browser?.close()
    await env.deck?.close()
  })
  return env
}
