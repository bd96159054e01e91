// The engine's neutral test deck (tests/fixture-deck/): made-up content, every part but a
// briefing, no slide files of its own.
import type { DeckPlace } from '../scripts/lib/decks'
import { join } from 'node:path'
import { ROOT } from '../scripts/lib/deck'

export const FIXTURE: DeckPlace = { id: 'fixture', root: ROOT, data: join(ROOT, 'tests/fixture-deck/data'), slides: join(ROOT, 'tests/fixture-deck/slides') }
