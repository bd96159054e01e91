import type { CheckedDeck } from './deck-checks'
import { afterAll } from 'vitest'
import { article, FIXTURE } from '../fixture-deck'
import { CROWDED, crowded } from '../fixture-variants'
import { scratchDeck } from '../scratch-deck'

/** A made deck's agenda covers every section and its FAQ none (the data ties no question to one), so neither slide names any. */
export const MADE_UNCITED = ['AgendaList', 'FaqReveal']

/**
 * The decks the engine's deck tests check, by name: the fixture, and the crowded one, whose
 * checks, prompts and events fill more than one page and which has a second variant. Both
 * are made from their data alone: the crowded one is written to .tmp/ with an empty set of
 * slide files (else the scratch deck would lend it the deck under test's), and removed
 * after the calling file's tests.
 */
export function madeDecks(name: string): [string, CheckedDeck][] {
  const place = scratchDeck(name, { dataModule: `export default ${JSON.stringify(CROWDED)}\n`, slideFiles: {} })
  afterAll(() => place.remove())
  return [
    ['fixture', { place: FIXTURE, article, uncited: MADE_UNCITED }],
    ['crowded fixture', { place, article: crowded, uncited: MADE_UNCITED }],
  ]
}
