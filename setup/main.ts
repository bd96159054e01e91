import { defineAppSetup } from '@slidev/types'
import { keepKeysWithTheDeck } from './keys-stay-with-the-deck'
import { handOverPrerenderedSlide } from './prerendered-handover'

export default defineAppSetup(({ router }) => {
  keepKeysWithTheDeck(window)
  handOverPrerenderedSlide(router)
})
