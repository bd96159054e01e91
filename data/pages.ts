import type { Article } from './schema'
import { paginate } from './format'
import { promptedSections } from './selectors'

// How many items of each paginated kind fit a slide legibly. Slides ask for page N;
// the deck-structure test checks that the slides cover every page.
export const PER_PAGE = { checks: 3, epilogue: 4, promptSections: 3, contextSources: 8 } as const

type Data = Readonly<Article>

export const checkPages = (a: Data) => paginate(a.assessments, PER_PAGE.checks)
export const epiloguePages = (a: Data) => paginate(a.context, PER_PAGE.epilogue)
export const promptPages = (a: Data) => paginate(promptedSections(a), PER_PAGE.promptSections)
export const contextSourcePages = (a: Data) => paginate(a.context, PER_PAGE.contextSources)

/** The id of a check's row on its critical-reading slide: print links and the PPTX's slide jumps aim at it. */
export const checkAnchor = (checkId: string): string => `check-${checkId}`

/** The critical-reading slide (route alias) where a point's check appears, if it has one. */
export function checkAliasFor(a: Data, point: string): string | undefined {
  const page = checkPages(a).findIndex(p => p.some(s => s.point === point))
  return page < 0 ? undefined : `checks-${page + 1}`
}
