import { z } from 'zod'
import { parsePeriod, PERIOD_FORMS } from './period'
import { verdicts } from './verdicts'

const periodStartOf = (p: string) => parsePeriod(p)?.start ?? ''

// Ids are stable, kebab-case and become DOM ids, anchors and route names, so the
// character set is deliberately narrow.
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9, single hyphens)')

const text = z.string().trim().min(1, 'must not be empty')
const isoDate = z.string().regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'must be an ISO date (YYYY-MM or YYYY-MM-DD)')
const httpsUrl = z.string().url('must be a URL').startsWith('https://', 'must be an https URL')

export const sectionSchema = z.object({
  id: idSchema,
  heading: text,
  // Short label for agendas and footers, where the article's full heading is too long.
  short: text,
  // The standfirst and the introduction have no heading in the article.
  untitled: z.boolean().optional(),
}).strict()

export const sourceSchema = z.object({
  title: text,
  outlet: text,
  published: text,
  // Why the date is approximate, shown where the full citation is.
  publishedNote: text.optional(),
  publishedMonth: isoDate,
  // Where a reader can follow the article (the address of the page the deck was made from).
  url: httpsUrl,
  sections: z.array(sectionSchema).min(1),
}).strict()

export const pointKinds = ['reported-fact', 'claim', 'forecast', 'opinion'] as const

export const pointSchema = z.object({
  id: idSchema,
  section: idSchema,
  kind: z.enum(pointKinds),
  text,
  // A list the article itself enumerates (the call's takeaways, the defence items...).
  list: idSchema.optional(),
  // A short phrase quoted verbatim from the article, shown in quotation marks.
  quote: z.string().trim().min(1).max(80, 'a quote must be a short phrase (80 characters at most)').optional(),
  // A short title for cards and diagram nodes.
  label: z.string().trim().min(1).max(40, 'a label must fit a diagram node (40 characters at most)').optional(),
}).strict()

export const listSchema = z.object({
  id: idSchema,
  section: idSchema,
  title: text,
}).strict()

export const tariffStepSchema = z.object({
  id: idSchema,
  section: idSchema,
  ratePercent: z.number().positive().max(100),
  when: text,
  label: text,
}).strict()

export const actorSchema = z.object({
  id: idSchema,
  name: text,
}).strict()

export const flowSchema = z.object({
  id: idSchema,
  from: idSchema,
  to: idSchema,
  label: z.string().trim().min(1).max(40, 'a flow label must fit an arrow (40 characters at most)'),
  section: idSchema,
}).strict()

export const milestoneSchema = z.object({
  id: idSchema,
  when: text,
  label: z.string().trim().min(1).max(60, 'a milestone label must fit a diagram node (60 characters at most)'),
  section: idSchema,
}).strict()

export const areaSchema = z.object({
  id: idSchema,
  label: text,
  // Labelled points that belong to this cooperation area, in display order.
  points: z.array(idSchema).min(1),
}).strict()

export const faqSchema = z.object({
  id: idSchema,
  question: text,
  answer: text,
}).strict()

export const confidences = ['multi-source', 'single-source', 'contested'] as const

// An event the record expects but has not seen happen: a planned meeting, a statutory deadline.
export const eventStatuses = ['planned', 'scheduled'] as const

export const contextEventSchema = z.object({
  id: idSchema,
  date: isoDate,
  // One of the deck's timeline tracks (deck.tracks).
  track: idSchema,
  status: z.enum(eventStatuses).optional(),
  // A short form for the timeline.
  label: z.string().trim().min(1).max(60, 'a context label must fit a timeline card (60 characters at most)'),
  text,
  sources: z.array(httpsUrl).min(1, 'needs at least one source URL'),
  confidence: z.enum(confidences),
}).strict()

export const assessmentSchema = z.object({
  id: idSchema,
  point: idSchema,
  // A short name for the claim, unique among the checks: sources and lists name it.
  topic: z.string().trim().min(1).max(40, 'a check topic must be short (40 characters at most)'),
  verdict: z.enum(verdicts),
  record: text,
  sources: z.array(httpsUrl).min(1, 'needs at least one source URL'),
}).strict()

export const promptSchema = z.object({
  id: idSchema,
  section: idSchema,
  text: z.string().trim().min(1).refine(t => t.endsWith('?'), 'a discussion prompt must be a question (end with "?")'),
}).strict()

// What a series point is: measured or reported (the default), or a rate agreed but not
// in force, a proposal, something scheduled by law or plan, or a forecast.
export const pointStatuses = ['reported', 'agreed', 'proposed', 'scheduled', 'forecast'] as const

export const seriesPointSchema = z.object({
  period: z.string().refine(p => !!parsePeriod(p), `must be a period: ${PERIOD_FORMS}`),
  // One value, or a range (low–high) where the sources disagree.
  value: z.number().finite().optional(),
  low: z.number().finite().optional(),
  high: z.number().finite().optional(),
  unit: text,
  // Left out for 'reported'.
  status: z.enum(pointStatuses).optional(),
  // What the figure is when the series title does not say it all ("first 11 days").
  note: z.string().trim().min(1).max(90, 'a point note must be short (90 characters at most)').optional(),
  sources: z.array(httpsUrl).min(1, 'needs at least one source URL'),
  confidence: z.enum(confidences),
}).strict().superRefine((p, ctx) => {
  const range = p.low !== undefined || p.high !== undefined
  if (p.value === undefined && !range)
    ctx.addIssue({ code: 'custom', path: ['value'], message: 'needs a value, or a range (low and high)' })
  else if (p.value !== undefined && range)
    ctx.addIssue({ code: 'custom', path: ['value'], message: 'give a value or a range (low and high), not both' })
  else if (range && (p.low === undefined || p.high === undefined))
    ctx.addIssue({ code: 'custom', path: [p.low === undefined ? 'low' : 'high'], message: 'a range needs both low and high' })
  else if (range && p.low! > p.high!)
    ctx.addIssue({ code: 'custom', path: ['low'], message: `is above high (${p.low} > ${p.high})` })
})

export const seriesSchema = z.object({
  id: idSchema,
  title: text,
  points: z.array(seriesPointSchema).min(1),
}).strict().superRefine((s, ctx) => {
  s.points.forEach((p, i) => {
    if (i > 0 && p.unit !== s.points[0].unit)
      ctx.addIssue({ code: 'custom', path: ['points', i, 'unit'], message: `is "${p.unit}" but the series is in "${s.points[0].unit}"; one unit per series` })
    const [before, now] = [parsePeriod(s.points[i - 1]?.period ?? ''), parsePeriod(p.period)]
    if (before && now && now.start <= before.start)
      ctx.addIssue({ code: 'custom', path: ['points', i, 'period'], message: `does not come after the point before it (${s.points[i - 1].period}); keep points in time order` })
  })
})

// A sentence short enough to read from the back of a room at a glance.
const wordsAtMost = (n: number) => (t: string) => t.split(/\s+/).filter(w => /[a-z]/i.test(w)).length <= n

// The ten-minute briefing's own lines: the bottom line, one short sentence per heading,
// each resting on article sections, checks or events; then which events it shows as
// changes since publication and as open questions to watch.
export const bottomLineSchema = z.object({
  id: idSchema,
  label: z.string().trim().min(1).max(16, 'a bottom-line label must be short (16 characters at most)'),
  text: text.refine(wordsAtMost(12), 'a bottom-line sentence must have 12 words at most'),
  sections: z.array(idSchema).optional(),
  checks: z.array(idSchema).optional(),
  events: z.array(idSchema).optional(),
}).strict().refine(b => !!(b.sections?.length || b.checks?.length || b.events?.length), { message: 'needs sections, checks or events to rest on', path: ['sections'] })

export const briefingSchema = z.object({
  inThree: z.array(z.object({ text, sections: z.array(idSchema).min(1, 'needs the article sections it rests on') }).strict()).length(3, 'the article in three sentences: exactly three'),
  bottomLine: z.array(bottomLineSchema).min(1).max(4, 'the bottom line has four lines at most'),
  changes: z.array(idSchema).min(1).max(5, 'a briefing shows five changes at most'),
  watch: z.array(idSchema).min(1).max(4, 'a briefing shows four things to watch at most'),
}).strict()

// A timeline row: what kind of story an event belongs to, with the row's heading.
export const trackSchema = z.object({
  id: idSchema,
  heading: z.string().trim().min(1).max(40, 'a track heading must fit beside the timeline (40 characters at most)'),
}).strict()

// A way of giving the talk: its slides are slides/<deck>/<id>.md, or the default deck.
export const variantSchema = z.object({
  id: idSchema,
  // What it is, after "a 45-minute": "class lesson", "briefing".
  label: z.string().trim().min(1).max(30, 'a variant label must be short (30 characters at most)'),
  minutes: z.number().int().positive().max(240, 'a variant lasts 240 minutes at most'),
  // One sentence for the page's description and the share card, after "A 45-minute class lesson: ".
  about: text,
}).strict()

// The deck as a whole: what its pages are called, who made it, how it is given.
export const deckSchema = z.object({
  title: z.string().trim().min(1).max(80, 'a deck title must fit the page title (80 characters at most)'),
  author: text,
  keywords: z.array(text).min(1),
  // The timeline's rows, top to bottom; every context event names one.
  tracks: z.array(trackSchema).min(1),
  // How many slides what happened next spreads over (1 when left out).
  timelinePages: z.number().int().min(1).max(4, 'a timeline spreads over four slides at most').optional(),
  variants: z.array(variantSchema).min(1),
}).strict()

export const metaSchema = z.object({
  // The day the context and the checks were last verified against their sources.
  verifiedOn: isoDate,
  // The date of the last event the record saw happen; planned events may come later.
  recordThrough: isoDate,
}).strict()

export const articleSchema = z.object({
  deck: deckSchema,
  source: sourceSchema,
  points: z.array(pointSchema).min(1),
  lists: z.array(listSchema),
  tariffSteps: z.array(tariffStepSchema).min(1),
  actors: z.array(actorSchema).min(2),
  flows: z.array(flowSchema),
  milestones: z.array(milestoneSchema),
  // The hub the cooperation areas hang from in the map.
  partnership: text,
  areas: z.array(areaSchema),
  faq: z.array(faqSchema),
  context: z.array(contextEventSchema),
  assessments: z.array(assessmentSchema),
  prompts: z.array(promptSchema),
  series: z.array(seriesSchema),
  // The checks the class self-check asks the room to judge, in the order it asks.
  selfCheck: z.array(idSchema).min(1),
  briefing: briefingSchema,
  meta: metaSchema,
}).strict().superRefine((a, ctx) => {
  const sections = new Set(a.source.sections.map(s => s.id))
  const lists = new Set(a.lists.map(l => l.id))
  const actors = new Set(a.actors.map(x => x.id))
  const points = new Set(a.points.map(p => p.id))
  const refer = (ok: boolean, path: (string | number)[], what: string, value: string) => {
    if (!ok)
      ctx.addIssue({ code: 'custom', path, message: `refers to unknown ${what} "${value}"` })
  }
  const unique = (items: { id: string }[], key: string) => {
    const seen = new Set<string>()
    items.forEach((item, i) => {
      if (seen.has(item.id))
        ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `duplicate id "${item.id}"` })
      seen.add(item.id)
    })
  }
  unique(a.source.sections, 'source.sections')
  unique(a.points, 'points')
  unique(a.lists, 'lists')
  unique(a.actors, 'actors')
  unique(a.flows, 'flows')
  unique(a.faq, 'faq')
  unique(a.milestones, 'milestones')
  unique(a.areas, 'areas')
  unique(a.tariffSteps, 'tariffSteps')
  unique(a.context, 'context')
  unique(a.deck.tracks, 'deck.tracks')
  unique(a.deck.variants, 'deck.variants')
  const tracks = new Set(a.deck.tracks.map(t => t.id))
  a.context.forEach((e, i) => refer(tracks.has(e.track), ['context', i, 'track'], 'track', e.track))
  unique(a.assessments, 'assessments')
  const topics = new Set<string>()
  a.assessments.forEach((s, i) => {
    if (topics.has(s.topic))
      ctx.addIssue({ code: 'custom', path: ['assessments', i, 'topic'], message: `duplicate topic "${s.topic}"; each check needs its own name` })
    topics.add(s.topic)
  })
  a.points.forEach((p, i) => {
    refer(sections.has(p.section), ['points', i, 'section'], 'section', p.section)
    if (p.list)
      refer(lists.has(p.list), ['points', i, 'list'], 'list', p.list)
  })
  a.lists.forEach((l, i) => refer(sections.has(l.section), ['lists', i, 'section'], 'section', l.section))
  a.tariffSteps.forEach((t, i) => refer(sections.has(t.section), ['tariffSteps', i, 'section'], 'section', t.section))
  a.milestones.forEach((m, i) => refer(sections.has(m.section), ['milestones', i, 'section'], 'section', m.section))
  a.flows.forEach((f, i) => {
    refer(actors.has(f.from), ['flows', i, 'from'], 'actor', f.from)
    refer(actors.has(f.to), ['flows', i, 'to'], 'actor', f.to)
    if (f.from === f.to)
      ctx.addIssue({ code: 'custom', path: ['flows', i, 'to'], message: `is the same actor as from ("${f.from}"); a flow runs between two actors` })
    refer(sections.has(f.section), ['flows', i, 'section'], 'section', f.section)
  })
  const labelled = new Set(a.points.filter(p => p.label).map(p => p.id))
  a.areas.forEach((ar, i) => ar.points.forEach((p, j) => {
    refer(points.has(p), ['areas', i, 'points', j], 'point', p)
    if (points.has(p) && !labelled.has(p))
      ctx.addIssue({ code: 'custom', path: ['areas', i, 'points', j], message: `point "${p}" needs a label to appear in a diagram` })
  }))
  a.assessments.forEach((s, i) => refer(points.has(s.point), ['assessments', i, 'point'], 'point', s.point))
  const checks = new Set(a.assessments.map(s => s.id))
  const events = new Set(a.context.map(e => e.id))
  a.selfCheck.forEach((id, i) => refer(checks.has(id), ['selfCheck', i], 'check', id))
  a.briefing.bottomLine.forEach((b, i) => {
    b.sections?.forEach((id, j) => refer(sections.has(id), ['briefing', 'bottomLine', i, 'sections', j], 'section', id))
    b.checks?.forEach((id, j) => refer(checks.has(id), ['briefing', 'bottomLine', i, 'checks', j], 'check', id))
    b.events?.forEach((id, j) => refer(events.has(id), ['briefing', 'bottomLine', i, 'events', j], 'event', id))
  })
  a.briefing.inThree.forEach((t, i) => t.sections.forEach((id, j) => refer(sections.has(id), ['briefing', 'inThree', i, 'sections', j], 'section', id)))
  a.briefing.changes.forEach((id, i) => refer(events.has(id), ['briefing', 'changes', i], 'event', id))
  a.briefing.watch.forEach((id, i) => refer(events.has(id), ['briefing', 'watch', i], 'event', id))
  a.prompts.forEach((p, i) => refer(sections.has(p.section), ['prompts', i, 'section'], 'section', p.section))
  unique(a.prompts, 'prompts')
  unique(a.series, 'series')
  a.series.forEach((s, i) => s.points.forEach((p, j) => {
    if (periodStartOf(p.period) > a.meta.verifiedOn && (p.status ?? 'reported') === 'reported')
      ctx.addIssue({ code: 'custom', path: ['series', i, 'points', j, 'period'], message: `is after verifiedOn (${a.meta.verifiedOn}); a later figure can only be scheduled or forecast` })
  }))
  // ISO dates compare correctly as strings.
  if (a.meta.recordThrough > a.meta.verifiedOn)
    ctx.addIssue({ code: 'custom', path: ['meta', 'recordThrough'], message: `is after verifiedOn (${a.meta.verifiedOn})` })
  a.context.forEach((e, i) => {
    if (!e.status && e.date > a.meta.recordThrough)
      ctx.addIssue({ code: 'custom', path: ['context', i, 'date'], message: `is after recordThrough (${a.meta.recordThrough}); an event after the record ends can only be planned or scheduled` })
    const before = a.context[i - 1]?.date ?? ''
    const common = Math.min(e.date.length, before.length)
    // Compared at the coarser precision: a month-only date (YYYY-MM) may follow its own days.
    if (e.date.slice(0, common) < before.slice(0, common))
      ctx.addIssue({ code: 'custom', path: ['context', i, 'date'], message: `is earlier than the event before it (${a.context[i - 1].date}); keep events in date order` })
  })
})

export type Article = z.infer<typeof articleSchema>
export type Section = z.infer<typeof sectionSchema>
export type Point = z.infer<typeof pointSchema>
export type ArticleList = z.infer<typeof listSchema>
export type TariffStep = z.infer<typeof tariffStepSchema>
export type Actor = z.infer<typeof actorSchema>
export type Flow = z.infer<typeof flowSchema>
export type Milestone = z.infer<typeof milestoneSchema>
export type Area = z.infer<typeof areaSchema>
export type Faq = z.infer<typeof faqSchema>
export type ContextEvent = z.infer<typeof contextEventSchema>
export type Track = z.infer<typeof trackSchema>
export type DeckVariant = z.infer<typeof variantSchema>
/** A deck's data as its author writes it, before validation fills defaults. */
export type ArticleInput = z.input<typeof articleSchema>
export type Assessment = z.infer<typeof assessmentSchema>
export type Prompt = z.infer<typeof promptSchema>
export type Series = z.infer<typeof seriesSchema>
export type BottomLine = z.infer<typeof bottomLineSchema>
export type SeriesPoint = z.infer<typeof seriesPointSchema>
