import type { Browser } from 'playwright-core'
import type { DeckPlace } from '../../scripts/lib/decks'
import type { StaticServer } from '../../scripts/offline/serve.mjs'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, inject } from 'vitest'
import { buildSite } from '../../scripts/lib/build'
import { serveStatic } from '../../scripts/offline/serve.mjs'
import { DECK } from '../deck-under-test'
import { BASE } from './base'
import { openBrowser } from './session'

export { BASE }

/**
 * Serves a deck under a sub-path on 127.0.0.1: the class variant of the deck under test
 * from the run's one build (built-sites.ts), or another variant or a scratch deck built
 * for the caller (and removed when it closes).
 */
export async function builtDeck(options: { withNotes?: boolean, deck?: DeckPlace & { remove?: () => void }, variant?: string } = {}): Promise<StaticServer & { dir: string }> {
  const { deck, variant = 'class' } = options
  if (!deck && variant === 'class') {
    const dir = inject('builtSites')[options.withNotes ? 'notes' : 'plain']
    return { ...await serveStatic(dir, BASE), dir }
  }
  const parent = mkdtempSync(join(tmpdir(), 'deck-site-'))
  const dir = join(parent, 'site')
  await buildSite({ out: dir, base: BASE, withNotes: options.withNotes ?? false, deck: deck ?? DECK, variant })
  const server = await serveStatic(dir, BASE)
  const close = async () => {
    await server.close()
    rmSync(parent, { recursive: true, force: true })
    deck?.remove?.()
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
