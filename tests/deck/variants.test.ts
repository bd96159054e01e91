import { describe } from 'vitest'
import { variantChecks } from './deck-checks'
import { madeDecks } from './made-decks'

describe.each(madeDecks('variants'))('the %s deck\'s variants, made from its data', (_name, deck) => variantChecks(deck))
