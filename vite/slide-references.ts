import type { Article } from '../data/schema'
import { checkPages, contextSourcePages, epiloguePages, promptPages, sectionPointPages } from '../data/pages'

// What each of the engine's components takes from the deck's data, checked against the
// data when a slide is built: a mistyped id or a part the deck lacks stops the build,
// naming the file, the component and the id, where it would have drawn an empty slide.

type Data = Readonly<Article>
type Props = Record<string, string>
type Rule = (a: Data, props: Props) => string | undefined

/** A component used on a slide, its attributes as written, and its line in the slide's text (1-based). */
export interface Usage { component: string, props: Props, line: number, tag: string }

const TAG = /<([A-Z][A-Za-z]+)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g
const ATTRIBUTE = /(:?[\w-]+)(?:="([^"]*)")?/g

/** Every component tag in a slide's text, with its attributes. */
export function componentUsages(text: string): Usage[] {
  return Array.from(text.matchAll(TAG), m => ({
    component: m[1],
    tag: m[0],
    line: text.slice(0, m.index).split('\n').length,
    props: Object.fromEntries(Array.from(m[2].matchAll(ATTRIBUTE), a => [a[1], a[2] ?? ''])),
  }))
}

/** The quoted strings of an array prop (`:ids="['a', 'b']"`). */
export const listed = (value: string | undefined): string[] => Array.from((value ?? '').matchAll(/'([^']*)'/g), m => m[1])

const some = (ids: readonly string[]) => ids.length ? `it has: ${ids.slice(0, 12).join(', ')}${ids.length > 12 ? ', …' : ''}` : 'it has none'

function known(items: readonly { id: string }[], id: string | undefined, what: string): string | undefined {
  if (id === undefined)
    return `names no ${what}`
  return items.some(i => i.id === id) ? undefined : `the deck has no ${what} "${id}" (${some(items.map(i => i.id))})`
}

function page(value: string | undefined, pages: number, what: string): string | undefined {
  const n = value === undefined ? 1 : Number(value)
  if (!Number.isInteger(n) || n < 1)
    return `page "${value}" is not a page number`
  if (!pages)
    return `the deck has no ${what}`
  return n <= pages ? undefined : `the deck's ${what} fill ${pages} page${pages === 1 ? '' : 's'}; there is no page ${n}`
}

const series: Rule = (a, p) => known(a.series, p.id, 'series') ?? listed(p[':events']).map(id => known(a.context, id, 'event')).find(Boolean)
const briefing: Rule = a => a.briefing ? undefined : 'the deck has no briefing (briefing in its data)'

const RULES: Record<string, Rule> = {
  KeyPoints: (a, p) => known(a.source.sections, p.section, 'section') ?? page(p[':page'], sectionPointPages(a, p.section!).length, `key points of section "${p.section}"`),
  ListCards: (a, p) => known(a.lists, p.list, 'list'),
  ArticleDiagram: (a, p) => known(a.diagrams, p.id, 'diagram'),
  SeriesChart: series,
  SeriesBars: series,
  SeriesSteps: series,
  FaqReveal: (a, p) => listed(p[':ids']).map(id => known(a.faq, id, 'FAQ')).find(Boolean) ?? (listed(p[':ids']).length ? undefined : 'names no FAQ (:ids="[\'…\']")'),
  CheckMarker: (a, p) => known(a.points, p.point, 'point'),
  SelfCheck: (a, p) => {
    const n = Number(p[':no'])
    if (!a.selfCheck.length)
      return 'the deck has no self-check (selfCheck in its data)'
    return Number.isInteger(n) && n >= 1 && n <= a.selfCheck.length ? undefined : `the self-check has ${a.selfCheck.length} questions; there is no question "${p[':no'] ?? ''}"`
  },
  CriticalReading: (a, p) => page(p[':page'], a.assessments.length ? checkPages(a).length : 0, 'claim checks'),
  DiscussionPrompts: (a, p) => page(p[':page'], a.prompts.length ? promptPages(a).length : 0, 'discussion prompts'),
  EventTimeline: (a, p) => page(p[':page'], a.context.length ? epiloguePages(a).length : 0, 'context events'),
  SourcesList: (a, p) => {
    const part = p.part ?? 'article'
    if (part === 'checks')
      return page(p[':page'], a.assessments.length ? 1 : 0, 'claim checks')
    if (part === 'figures')
      return page(p[':page'], a.series.length ? 1 : 0, 'series')
    if (part === 'context')
      return page(p[':page'], a.context.length ? contextSourcePages(a).length : 0, 'context events')
    return part === 'article' ? undefined : `there is no part "${part}" (article, checks, figures or context)`
  },
  EventList: (a, p) => briefing(a, p) ?? (['changes', 'watch'].includes(p.pick ?? '') ? undefined : `pick "${p.pick ?? ''}" is neither changes nor watch`),
  BottomLine: briefing,
  CheckTally: a => a.assessments.length ? undefined : 'the deck has no claim checks (assessments in its data)',
  StepBars: a => a.steps ? undefined : 'the deck has no steps (steps in its data)',
}

/** A component asking for what the deck's data does not have. */
export interface ReferenceProblem { line: number, tag: string, problem: string }

/** What is wrong with the data a slide's components ask for, each where the slide's text asks. */
export function referenceProblems(article: Data, text: string): ReferenceProblem[] {
  return componentUsages(text).flatMap((u) => {
    const problem = RULES[u.component]?.(article, u.props)
    return problem ? [{ line: u.line, tag: u.tag.replace(/\s+/g, ' '), problem }] : []
  })
}

/** The article sections a slide cites in its frontmatter (`sources:`) that the deck lacks. */
export function unknownSources(article: Data, sources: unknown): string[] {
  const ids = Array.isArray(sources) ? sources.map(String) : []
  return ids.filter(id => !article.source.sections.some(s => s.id === id))
}
