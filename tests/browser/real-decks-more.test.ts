// The real decks' other variants and the fixture deck, walked as their audience meets them (real-deck-journeys.ts).
import { describeRealDecks, realDeckRuns } from './real-deck-journeys'

describeRealDecks((await realDeckRuns()).filter(r => !r.main))
