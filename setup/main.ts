import { defineAppSetup } from '@slidev/types'
import { keepKeysWithTheDeck } from './keys-stay-with-the-deck'
import { handOverPrerenderedSlide } from './prerendered-handover'
import { keepTouchNavInStep } from './touch-nav'

export default defineAppSetup(({ router }) => {
  keepKeysWithTheDeck(window)
  handOverPrerenderedSlide(router)
  keepTouchNavInStep(router)
})
