import { defineAppSetup } from '@slidev/types'
import { keepKeysWithTheDeck } from './keys-stay-with-the-deck'

export default defineAppSetup(() => {
  keepKeysWithTheDeck(window)
})
