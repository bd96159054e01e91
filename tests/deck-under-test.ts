// The deck the engine's tests open: its place, its validated data, and Slidev's entry for
// each of its variants (written at the project root as a build writes it).
import deckData from '../data/india-russia/index'
import { validateArticle } from '../data/validate'
import { deckAt, writeEntry } from '../scripts/lib/decks'

export const DECK = deckAt('india-russia')
export const article = validateArticle(deckData)
export const entryOf = (variant: string): Promise<string> => writeEntry(DECK, variant)
