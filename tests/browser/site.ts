import type { Browser } from 'playwright-core'
import type { DeckPlace } from '../../scripts/lib/decks'
import type { StaticServer } from '../../scripts/offline/serve.mjs'
import type { ScratchDeck } from '../scratch-deck'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, inject } from 'vitest'
import { buildSite } from '../../scripts/lib/build'
import { serveStatic } from '../../scripts/offline/serve.mjs'
import { DECK } from '../deck-under-test'
import { BASE } from './base'
import { builtMark, failedMark, siteKey } from './built-sites'
import { openBrowser } from './session'

export { BASE }

/** How long a suite may wait for its site: the run's builds go two at a time, the last a few minutes in. */
export const SITE_WAIT = 420_000

/** Waits until the run's build of a site has ended (built-sites.ts marks it), and fails with its error if it failed. */
async function siteBuilt(key: string, dir: string): Promise<void> {
  while (!existsSync(builtMark(dir))) {
    if (existsSync(failedMark(dir)))
      throw new Error(`The run's build of the ${key} site failed: ${readFileSync(failedMark(dir), 'utf8')}`)
    await sleep(250)
  }
}

const isScratch = (deck: DeckPlace | ScratchDeck): deck is ScratchDeck => 'remove' in deck

/**
 * Serves a deck under a sub-path on 127.0.0.1: a deck of the project's from the run's one
 * build of it (built-sites.ts), or a scratch deck built for the caller (and removed, with
 * its site, when it closes).
 */
export async function builtDeck(options: { withNotes?: boolean, deck?: DeckPlace | ScratchDeck, variant?: string } = {}): Promise<StaticServer & { dir: string }> {
  const { deck = DECK, variant = 'class', withNotes = false } = options
  if (!isScratch(deck)) {
    const key = siteKey({ deck, variant, withNotes })
    const dir = inject('builtSites')[key]
    if (!dir)
      throw new Error(`The run builds no ${key} site: add it to sitesWanted() in tests/browser/built-sites.ts`)
    await siteBuilt(key, dir)
    return { ...await serveStatic(dir, BASE), dir }
  }
  const parent = mkdtempSync(join(tmpdir(), 'deck-site-'))
  const dir = join(parent, 'site')
  await buildSite({ out: dir, base: BASE, withNotes, deck, variant })
  const server = await serveStatic(dir, BASE)
  const close = async () => {
    await server.close()
    rmSync(parent, { recursive: true, force: true })
    deck.remove()
  }
  return { ...server, dir, close }
}

export interface DeckInBrowser {
  deck: Awaited<ReturnType<typeof builtDeck>>
  browser: Browser
}

/** Serves the deck and opens Chromium before a test file's tests; closes both after. */
export function deckInBrowser(): DeckInBrowser {
  const env = {} as DeckInBrowser
  beforeAll(async () => {
    env.deck = await builtDeck()
    env.browser = await openBrowser()
  }, SITE_WAIT)
  afterAll(async () => {
    await env.browser?.close()
    await env.deck?.close()
  })
  return env
}
