import type { Article, ContextEvent, Point } from './schema'
import { monthIndex, paginate } from './format'
import { promptedSections, sectionPoints } from './selectors'

// How many items of each paginated kind fit a slide legibly. Slides ask for page N;
// the deck-structure test checks that the slides cover every page.
export const PER_PAGE = { checks: 3, promptSections: 3, contextSources: 8, points: 5 } as const
// A key point's line on a full-width slide holds about this many characters at the back
// row's type size; a slide holds this many such lines under its title.
const POINT_LINE_CHARS = 70
const POINT_LINES = 12
type Data = Readonly<Article>

/** How many slides what happened next spreads over: the deck says, or one. */
export const timelinePageCount = (a: Data): number => a.deck.timelinePages ?? 1

export const checkPages = (a: Data) => paginate(a.assessments, PER_PAGE.checks)
export const epiloguePages = (a: Data) => byMonthPages(a.context, timelinePageCount(a))
export const promptPages = (a: Data) => paginate(promptedSections(a), PER_PAGE.promptSections)
export const contextSourcePages = (a: Data) => paginate(a.context, PER_PAGE.contextSources)

/** A section's key points over as few slides as hold them legibly, as even as the count allows. */
export function sectionPointPages(a: Data, section: string): Point[][] {
  const points = sectionPoints(a, section)
  const lines = (run: Point[]) => run.reduce((n, p) => n + Math.ceil(p.text.length / POINT_LINE_CHARS), 0)
  for (let n = 1; n < points.length; n++) {
    const split = paginate(points, Math.min(PER_PAGE.points, Math.ceil(points.length / n)))
    if (split.every(run => lines(run) <= POINT_LINES))
      return split
  }
  return paginate(points, 1)
}

/** The id of a check's row on its critical-reading slide: print links and the PPTX's slide jumps aim at it. */
export const checkAnchor = (checkId: string): string => `check-${checkId}`

/** The critical-reading slide (route alias) where a point's check appears, if it has one. */
export function checkAliasFor(a: Data, point: string): string | undefined {
  const page = checkPages(a).findIndex(p => p.some(s => s.point === point))
  return page < 0 ? undefined : `checks-${page + 1}`
}

/**
 * How much of a slide a run of events takes, counted in cards. The months of a timeline page
 * share one axis, so each month takes the room of its busiest track; a month with no event
 * still takes room for its name, about half a card's.
 */
function pageLoad(run: readonly Pick<ContextEvent, 'date' | 'track'>[]): number {
  const months = new Map<number, Map<string, number>>()
  for (const e of run) {
    const counts = months.get(monthIndex(e.date)) ?? new Map<string, number>()
    months.set(monthIndex(e.date), counts.set(e.track, (counts.get(e.track) ?? 0) + 1))
  }
  const span = Math.max(...months.keys()) - Math.min(...months.keys()) + 1
  return [...months.values()].reduce((sum, counts) => sum + Math.max(...counts.values()), 0) + 0.5 * (span - months.size)
}

/** Splits events, in date order, into `pages` runs of whole months, the fullest page as light as it can be. */
export function byMonthPages<T extends Pick<ContextEvent, 'date' | 'track'>>(events: readonly T[], pages = 2): T[][] {
  if (pages <= 1 || events.length < 2)
    return [events.slice()]
  let best: T[][] = [events.slice()]
  let bestLoad = Infinity
  for (let i = 1; i < events.length; i++) {
    if (events[i].date.slice(0, 7) === events[i - 1].date.slice(0, 7))
      continue
    const rest = byMonthPages(events.slice(i), pages - 1)
    const worst = Math.max(pageLoad(events.slice(0, i)), ...rest.map(pageLoad))
    if (worst < bestLoad) {
      bestLoad = worst
      best = [events.slice(0, i), ...rest]
    }
  }
  return best
}
