import type { Output } from '../lib/options'
import type { MakeOutput } from './run'
import { makeBriefingNote } from './briefing-note'
import { makeHandouts } from './handouts'
import { makePngs } from './png'
import { makePptx } from './pptx'
import { makeQuiz } from './quiz'
import { makeSite } from './site'
import { makeSlidesPdf } from './slides-pdf'
import { makeZip } from './zip'

/** Every output of a variant, in the order the export makes them: the README's table. */
export const OUTPUT_MAKERS: Record<Output, MakeOutput> = {
  site: makeSite,
  zip: makeZip,
  pdf: makeSlidesPdf,
  png: makePngs,
  handout: makeHandouts,
  quiz: makeQuiz,
  note: makeBriefingNote,
  pptx: makePptx,
}
