import type { Verdict } from './schema'

/** What each verdict word means, where the room has to choose one. */
export const VERDICT_MEANINGS: Readonly<Record<Verdict, string>> = Object.freeze({
  accurate: 'the record bears it out',
  imprecise: 'right in substance, wrong in a detail',
  wrong: 'the record contradicts it',
  outdated: 'true when written, overtaken since',
  unverifiable: 'no readout or reliable report supports it',
})

export { verdicts } from './schema'
