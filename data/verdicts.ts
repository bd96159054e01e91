// The verdict words a claim check can carry, and what each means where the room has to
// choose one. Kept apart from the schema: the built site reads these without zod.
export const verdicts = ['accurate', 'imprecise', 'wrong', 'outdated', 'unverifiable'] as const

export type Verdict = typeof verdicts[number]

/** What each verdict word means, where the room has to choose one. */
export const VERDICT_MEANINGS: Readonly<Record<Verdict, string>> = Object.freeze({
  accurate: 'the record bears it out',
  imprecise: 'right in substance, wrong in a detail',
  wrong: 'the record contradicts it',
  outdated: 'true when written, overtaken since',
  unverifiable: 'no readout or reliable report supports it',
})
