import type { Article } from '../../data/schema'
import { checkPages, contextSourcePages, epiloguePages, promptPages, sectionPointPages } from '../../data/pages'
import { pointById, sourceNoun } from '../../data/selectors'
import { buildDiagram } from '../../diagrams'

// The deck the engine makes from a deck's data alone: a cover, an agenda, a slide per
// section with its key points, each list, the steps, every diagram and series, the FAQ,
// the self-check, the critical reading, what happened next, discussion and sources, each
// only where the data has that part. Titles from the data go into frontmatter, as YAML
// strings, and are shown by <SlideTitle />: nothing from the data is read as Markdown.

/** One generated slide: its part's name (an authored slides/<deck>/<part>.md replaces the part), how long it takes relative to the others, and its text. */
export interface GeneratedSlide {
  part: string
  weight: number
  frontmatter: Record<string, string | string[]>
  body: string
  note: string
}

function pages<T>(runs: T[][], make: (run: T[], n: number, of: number) => Omit<GeneratedSlide, 'part' | 'weight'>, part: string, weight: number): GeneratedSlide[] {
  return runs.map((run, i) => ({ part, weight, ...make(run, i + 1, runs.length) }))
}
const numbered = (title: string, n: number, of: number) => of > 1 ? `${title} (${n}/${of})` : title
const unique = (ids: string[]) => [...new Set(ids)]

const SERIES_CHART = { line: 'SeriesChart', steps: 'SeriesSteps', bars: 'SeriesBars' } as const

export function defaultSlides(a: Readonly<Article>): GeneratedSlide[] {
  const the = `the ${sourceNoun(a)}`
  const slides: GeneratedSlide[] = [
    { part: 'cover', weight: 0.5, frontmatter: { layout: 'cover' }, body: '<div class="with-take-home">\n  <CoverTitle />\n  <TakeHome />\n</div>', note: `Say what this deck is: a close reading of ${the}, its points in our own words, each slide's footer naming the part of ${the} it comes from.` },
    { part: 'agenda', weight: 0.5, frontmatter: { title: `What ${the} covers` }, body: '<AgendaList />', note: `The slides take ${the}'s parts in the order ${the} gives them.` },
  ]
  for (const section of a.source.sections) {
    const prose = sectionPointPages(a, section.id).filter(run => run.length)
    slides.push(...pages(prose, (_, n, of) => ({ frontmatter: { title: numbered(section.heading, n, of), sources: [section.id] }, body: `<KeyPoints section="${section.id}"${of > 1 ? ` :page="${n}"` : ''} />`, note: 'Each point is marked as a reported fact, a claim, a forecast or an opinion: ask the room which is which, and why it matters.' }), `section-${section.id}`, 2))
    for (const list of a.lists.filter(l => l.section === section.id))
      slides.push({ part: `list-${list.id}`, weight: 1.5, frontmatter: { title: list.title, sources: [section.id] }, body: `<ListCards list="${list.id}" :show-title="false" />`, note: `${the[0].toUpperCase()}${the.slice(1)} gives these as a list of its own.` })
  }
  if (a.steps)
    // The bars carry the data's caption; the slide's title says whose figures they are.
    slides.push({ part: 'steps', weight: 1.5, frontmatter: { title: `${the[0].toUpperCase()}${the.slice(1)}'s own figures`, sources: unique(a.steps.items.map(s => s.section)) }, body: '<StepBars />', note: `These are ${the}'s own figures, as it gives them.` })
  for (const d of a.diagrams) {
    const drawn = buildDiagram(a, d)
    slides.push({ part: `diagram-${d.id}`, weight: 2, frontmatter: { title: d.title, sources: drawn.sections }, body: `<ArticleDiagram id="${d.id}" />`, note: 'The diagram is drawn from the same data as its text alternative, which a screen reader reads out.' })
  }
  for (const s of a.series)
    slides.push({ part: `series-${s.id}`, weight: 2, frontmatter: { title: s.title, kind: 'record' }, body: seriesBody(s), note: 'Hollow marks are figures the sources disagree on; a figure resting on one source says so. The sources slides list every figure\'s source.' })
  slides.push(...pages(chunk(a.faq.map(f => f.id), 3), (ids, n, of) => ({ frontmatter: { title: numbered(`Questions ${the} answers`, n, of) }, body: `<FaqReveal :ids="[${ids.map(id => `'${id}'`).join(', ')}]" />`, note: `Let the room answer each question before the click shows ${the}'s answer.` }), 'faq', 2))
  slides.push(...a.selfCheck.map((id, i) => ({ part: 'self-check', weight: 1.5, frontmatter: { title: numbered('Self-check: your verdict', i + 1, a.selfCheck.length), sources: [pointById(a, a.assessments.find(c => c.id === id)!.point).section] }, body: `<SelfCheck :no="${i + 1}" />`, note: 'Read the claim, let the room argue, click the verdict most chose; the next click shows the record\'s verdict and its sources.' })))
  slides.push(...pages(a.assessments.length ? checkPages(a) : [], (run, n, of) => ({ frontmatter: { title: numbered(`Reading ${the} critically`, n, of), routeAlias: `checks-${n}`, sources: unique(run.map(c => pointById(a, c.point).section)) }, body: `<CriticalReading :page="${n}" />`, note: `Each row sets what ${the} says beside what the public record shows, with the verdict and its sources.` }), 'critical-reading', 2))
  if (a.context.length)
    slides.push(...pages(epiloguePages(a), (_, n, of) => ({ frontmatter: { title: numbered('What happened next', n, of), kind: 'record' }, body: `<EventTimeline :page="${n}" />`, note: 'Read down each column; hollow dots are contested, rest on one source, or were only planned. Time order is not cause.' }), 'what-happened-next', 2))
  slides.push(...pages(a.prompts.length ? promptPages(a) : [], (run, n, of) => ({ frontmatter: { title: numbered('For discussion', n, of), sources: run.map(s => s.id) }, body: `<DiscussionPrompts :page="${n}" />`, note: 'Pick one question per group; ask them to cite a slide or a source in their answer.' }), 'discussion', 3))
  // Every slide but the cover shows its title, from its frontmatter.
  return [...slides, ...sourcesSlides(a)].map(s => s.frontmatter.title === undefined ? s : { ...s, body: `<SlideTitle />\n\n${s.body}` })
}

/** A series as its chart kind draws it, over its own span. */
function seriesBody(s: Readonly<Article>['series'][number]): string {
  const component = SERIES_CHART[s.chart ?? 'line']
  // Bars alone across a slide get a wide frame, or they would stand taller than the slide.
  return component === 'SeriesBars' ? `<SeriesBars id="${s.id}" :width="800" :height="300" />` : `<${component} id="${s.id}" from="${s.points[0].period.slice(0, 7)}" />`
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size))
}

/** The sources: the article, then the checks', the series' and the events' (a page per eight). */
function sourcesSlides(a: Readonly<Article>): GeneratedSlide[] {
  const the = `the ${sourceNoun(a)}`
  const parts = [
    '<SourcesList part="article" />',
    ...a.assessments.length ? ['<SourcesList part="checks" />'] : [],
    ...a.series.length ? ['<SourcesList part="figures" />'] : [],
    ...(a.context.length ? contextSourcePages(a) : []).map((_, i) => `<SourcesList part="context" :page="${i + 1}" />`),
  ]
  return parts.map((list, i) => ({
    part: 'sources',
    weight: 0.5,
    frontmatter: { title: numbered('Sources', i + 1, parts.length), kind: 'sources' },
    // The last slide carries the QR code to the deck, when its address is known.
    body: i === parts.length - 1 ? `<div class="with-take-home">\n  ${list}\n  <TakeHome />\n</div>` : list,
    note: `Every source is a link; the footers on the slides name ${the}'s sections.`,
  }))
}
