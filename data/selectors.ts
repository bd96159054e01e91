import type { Article, ArticleList, Assessment, BottomLine, ContextEvent, Faq, Point, Prompt, Section, Series, Steps, Track } from './schema'
import type { Verdict } from './verdicts'

type Data = Readonly<Article>

function byId<T extends { id: string }>(items: readonly T[], id: string, what: string): T {
  const found = items.find(item => item.id === id)
  if (!found)
    throw new Error(`Unknown ${what} id "${id}"`)
  return found
}

export const sectionById = (a: Data, id: string): Section => byId(a.source.sections, id, 'section')
export const pointById = (a: Data, id: string): Point => byId(a.points, id, 'point')
export const listById = (a: Data, id: string): ArticleList => byId(a.lists, id, 'list')
export const faqById = (a: Data, id: string): Faq => byId(a.faq, id, 'FAQ')
export const seriesById = (a: Data, id: string): Series => byId(a.series, id, 'series')
export const eventById = (a: Data, id: string): ContextEvent => byId(a.context, id, 'event')
export const checkById = (a: Data, id: string): Assessment => byId(a.assessments, id, 'check')
export const trackById = (a: Data, id: string): Track => byId(a.deck.tracks, id, 'track')

/** An optional part the caller cannot do without, or an error naming where it goes in the data. */
function part<T>(value: T | undefined, name: string): T {
  if (value === undefined)
    throw new Error(`The deck has no ${name} (${name} in its data)`)
  return value
}
export const briefingOf = (a: Data): NonNullable<Article['briefing']> => part(a.briefing, 'briefing')
export const stepsOf = (a: Data): Steps => part(a.steps, 'steps')

/** The section's prose points, leaving out items of the lists it enumerates. */
export function sectionPoints(a: Data, section: string): Point[] {
  sectionById(a, section)
  return a.points.filter(p => p.section === section && !p.list)
}

export function listItems(a: Data, list: string): Point[] {
  listById(a, list)
  return a.points.filter(p => p.list === list)
}

/** What the source is, as slides name it after "the": "article" unless the deck says otherwise. */
export const sourceNoun = (a: Data): string => a.source.noun ?? 'article'

/** When the article was published, with the caveat if the date is approximate. */
export function publishedWithNote(a: Data): string {
  return a.source.publishedNote ? `${a.source.published} (${a.source.publishedNote})` : a.source.published
}

/** A section as a citation names it: the source's own heading in quotation marks, the deck's own without. */
export function sectionCitation(a: Data, id: string): string {
  const { heading, ownHeading } = sectionById(a, id)
  return ownHeading ? heading : `“${heading}”`
}

/** The footnote's citation: outlet, date and the article sections a slide draws on. */
export function sourceLine(a: Data, sections: readonly string[]): string {
  return `${a.source.outlet}, ${a.source.published}: ${sections.map(id => sectionCitation(a, id)).join('; ')}`
}

export const assessmentFor = (a: Data, point: string): Assessment | undefined => a.assessments.find(s => s.point === point)

export const promptsFor = (a: Data, section: string): Prompt[] => a.prompts.filter(p => p.section === section)

/** Sections that carry discussion prompts, in the article's order. */
export const promptedSections = (a: Data): Section[] => a.source.sections.filter(s => a.prompts.some(p => p.section === s.id))

/** The checks with any of the verdicts, grouped in the order the verdicts are given. */
export function checksWith(a: Data, verdicts: readonly Verdict[]): Assessment[] {
  return verdicts.flatMap(v => a.assessments.filter(c => c.verdict === v))
}

/** One source per thing a bottom-line sentence rests on: the article, then each check's and event's first. */
export function bottomLineSources(a: Data, line: BottomLine): string[] {
  return [...new Set([
    ...(line.sections?.length ? [a.source.url] : []),
    ...(line.checks ?? []).map(id => checkById(a, id).sources[0]),
    ...(line.events ?? []).map(id => eventById(a, id).sources[0]),
  ])]
}

/** The events a briefing lists as changes since publication, or as open questions to watch. */
export function briefingEvents(a: Data, pick: 'changes' | 'watch'): ContextEvent[] {
  return briefingOf(a)[pick].map(id => eventById(a, id))
}
