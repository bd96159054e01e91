// The decks made from the same slide files: each variant's entry lists the slides it uses
// and the minutes each gets. The class deck is Slidev's default entry (`npm run dev`).
export const VARIANTS = {
  class: { entry: 'slides.md', what: 'the 45-minute class lesson' },
  briefing: { entry: 'briefing.md', what: 'the ten-minute briefing' },
} as const

export type Variant = keyof typeof VARIANTS
export const VARIANT_NAMES = Object.keys(VARIANTS) as Variant[]
