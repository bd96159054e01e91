import deckData from 'virtual:deck-data'
import { validateArticle } from './validate'

/**
 * The deck being built or served: its data module, chosen by vite/deck-data.ts for the
 * deck the build was asked for, validated once and frozen. Node code that makes several
 * decks loads each with scripts/lib/decks.ts instead.
 */
export const article = validateArticle(deckData)
