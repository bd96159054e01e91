// Every real deck's main variant but the deck under test's, walked as its audience meets it (real-deck-journeys.ts).
import { describeRealDecks, realDeckRuns } from './real-deck-journeys'

describeRealDecks((await realDeckRuns()).filter(r => r.main))
