// Every site the browser suites open, built once per test run (each suite used to build
// its own: the run built the class deck six times, and each other deck once per suite that
// opened it). Vitest runs this before the slow project's files: it names each site's folder
// and starts the builds, two at a time, in the order the suites first need them, while the
// tests run; a suite waits for its own site's mark (site.ts). The sites are removed after.
import type { TestProject } from 'vitest/node'
import type { DeckPlace } from '../../scripts/lib/decks'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildSite } from '../../scripts/lib/build'
import { deckArticle, decksIn } from '../../scripts/lib/decks'
import { DECK } from '../deck-under-test'
import { FIXTURE } from '../fixture-deck'
import { BASE } from './base'

/** One built site: a deck's variant, public (as the export hosts it) or with notes and the presenter view. */
export interface SiteWanted { deck: DeckPlace, variant: string, withNotes: boolean }

declare module 'vitest' {
  /** Each shared site's folder, by siteKey. */
  export interface ProvidedContext { builtSites: Record<string, string> }
}

export function siteKey({ deck, variant, withNotes }: { deck: Pick<DeckPlace, 'id'>, variant: string, withNotes: boolean }): string {
  return `${deck.id}/${variant}/${withNotes ? 'notes' : 'public'}`
}

/**
 * What the suites open, in the order they first need it: the deck under test's class
 * variant public (slides, print, phone, weight) and with notes (presenter); every other real
 * deck and the fixture in each variant with notes, whose audience pages are the public
 * build's; the deck under test's briefing with notes.
 */
export async function sitesWanted(): Promise<SiteWanted[]> {
  const others = await Promise.all([...decksIn().filter(d => d.id !== DECK.id), FIXTURE].map(async deck =>
    (await deckArticle(deck)).deck.variants.map(v => ({ deck, variant: v.id, withNotes: true }))))
  return [
    { deck: DECK, variant: 'class', withNotes: false },
    { deck: DECK, variant: 'class', withNotes: true },
    ...others.flat(),
    { deck: DECK, variant: 'briefing', withNotes: true },
  ]
}

/** What a built site's folder gets beside it once its build has ended: `.built`, or `.failed` holding why. */
export const builtMark = (dir: string): string => `${dir}.built`
export const failedMark = (dir: string): string => `${dir}.failed`

/** Runs `jobs` at most `limit` at a time (a build keeps about one core busy), until `stopped` says so. */
async function inTurn(jobs: (() => Promise<void>)[], limit: number, stopped: () => boolean): Promise<void> {
  const queue = [...jobs]
  await Promise.all(Array.from({ length: limit }, async () => {
    for (let job = queue.shift(); job && !stopped(); job = queue.shift())
      await job()
  }))
}

export default async function startSites(project: TestProject): Promise<() => Promise<void>> {
  const parent = mkdtempSync(join(tmpdir(), 'deck-sites-'))
  const wanted = (await sitesWanted()).map(site => ({ site, dir: join(parent, siteKey(site)) }))
  project.provide('builtSites', Object.fromEntries(wanted.map(({ site, dir }) => [siteKey(site), dir])))
  let stopped = false
  const builds = inTurn(wanted.map(({ site, dir }) => async () => {
    try {
      await buildSite({ out: dir, base: BASE, ...site })
      writeFileSync(builtMark(dir), '')
    }
    catch (error) {
      writeFileSync(failedMark(dir), (error as Error).message)
    }
  }), 2, () => stopped)
  return async () => {
    stopped = true
    await builds
    rmSync(parent, { recursive: true, force: true })
  }
}
