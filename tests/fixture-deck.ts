// The engine's neutral test deck (tests/fixture-deck/): made-up content, every part but a
// briefing, no slide files of its own. Engine tests read its validated data as `article`.
import type { DeckPlace } from '../scripts/lib/decks'
import { join } from 'node:path'
import { validateArticle } from '../data/validate'
import { ROOT } from '../scripts/lib/deck'
import fixtureData from './fixture-deck/data/index'

export const FIXTURE: DeckPlace = { id: 'fixture', root: ROOT, data: join(ROOT, 'tests/fixture-deck/data'), slides: join(ROOT, 'tests/fixture-deck/slides') }
export const article = validateArticle(fixtureData)
export { fixtureData }
