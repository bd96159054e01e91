import type { z } from 'zod'
import type { ArticleShape } from './shape'
import { parsePeriod } from '../period'

// What one part of the data names in another must exist, ids must be unique, and dates
// must agree with how far the record goes: each problem at its field's path.

type Path = (string | number)[]
type Ctx = z.RefinementCtx
type Diagram = ArticleShape['diagrams'][number]
type Briefing = NonNullable<ArticleShape['briefing']>

/** How each check reports a problem, at its field's path. */
interface Report {
  issue: (path: Path, message: string) => void
  /** `value` must be one of the `known` ids of `what` ('section', 'point'…). */
  refer: (known: Set<string>, value: string, path: Path, what: string) => void
  /** No two of `items` may share an id. */
  unique: (items: readonly { id: string }[], path: Path) => void
}

const ids = (items: readonly { id: string }[]) => new Set(items.map(x => x.id))

function reportTo(ctx: Ctx): Report {
  const issue = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message })
  return {
    issue,
    refer: (known, value, path, what) => {
      if (!known.has(value))
        issue(path, `refers to unknown ${what} "${value}"`)
    },
    unique: (items, path) => {
      const seen = new Set<string>()
      items.forEach((item, i) => {
        if (seen.has(item.id))
          issue([...path, i, 'id'], `duplicate id "${item.id}"`)
        seen.add(item.id)
      })
    },
  }
}

/** The ids each part declares, which other parts may name. */
function knownIds(a: ArticleShape) {
  return {
    sections: ids(a.source.sections),
    points: ids(a.points),
    lists: ids(a.lists),
    checks: ids(a.assessments),
    events: ids(a.context),
    tracks: ids(a.deck.tracks),
    /** Points with a label: a diagram shows a point by its label, so only these may appear in one. */
    labelled: new Set(a.points.filter(p => p.label).map(p => p.id)),
  }
}
type Known = ReturnType<typeof knownIds>

export function checkReferences(a: ArticleShape, ctx: Ctx): void {
  const report = reportTo(ctx)
  const known = knownIds(a)
  for (const [items, key] of [[a.source.sections, 'source.sections'], [a.points, 'points'], [a.lists, 'lists'], [a.faq, 'faq'], [a.context, 'context'], [a.assessments, 'assessments'], [a.prompts, 'prompts'], [a.series, 'series'], [a.diagrams, 'diagrams'], [a.deck.tracks, 'deck.tracks'], [a.deck.variants, 'deck.variants']] as const)
    report.unique(items, key.split('.'))
  checkArticleParts(a, report, known)
  a.diagrams.forEach((d, i) => checkDiagram(d, (...rest) => ['diagrams', i, ...rest], report, known))
  a.selfCheck.forEach((id, i) => report.refer(known.checks, id, ['selfCheck', i], 'check'))
  if (a.briefing)
    checkBriefing(a.briefing, report, known)
  checkDates(a, report.issue)
  a.context.forEach((e, i) => report.refer(known.tracks, e.track, ['context', i, 'track'], 'track'))
}

/** Each check names its own topic and a point; points, lists, prompts and steps name their section. */
function checkArticleParts(a: ArticleShape, { issue, refer, unique }: Report, { sections, points, lists }: Known): void {
  const topics = new Set<string>()
  a.assessments.forEach((s, i) => {
    if (topics.has(s.topic))
      issue(['assessments', i, 'topic'], `duplicate topic "${s.topic}"; each check needs its own name`)
    topics.add(s.topic)
    refer(points, s.point, ['assessments', i, 'point'], 'point')
  })
  a.points.forEach((p, i) => {
    refer(sections, p.section, ['points', i, 'section'], 'section')
    if (p.list)
      refer(lists, p.list, ['points', i, 'list'], 'list')
  })
  a.lists.forEach((l, i) => refer(sections, l.section, ['lists', i, 'section'], 'section'))
  a.prompts.forEach((p, i) => refer(sections, p.section, ['prompts', i, 'section'], 'section'))
  if (a.steps) {
    unique(a.steps.items, ['steps', 'items'])
    a.steps.items.forEach((t, i) => refer(sections, t.section, ['steps', 'items', i, 'section'], 'section'))
  }
}

/** What a diagram draws must exist: its steps' sections, its flows' actors, its areas' points. */
function checkDiagram(d: Diagram, at: (...rest: Path) => Path, { issue, refer, unique }: Report, { sections, points, labelled }: Known): void {
  if (d.kind === 'sequence') {
    unique(d.steps, at('steps'))
    d.steps.forEach((m, j) => refer(sections, m.section, at('steps', j, 'section'), 'section'))
  }
  else if (d.kind === 'actors') {
    unique(d.actors, at('actors'))
    unique(d.flows, at('flows'))
    const actors = ids(d.actors)
    d.flows.forEach((f, j) => {
      refer(actors, f.from, at('flows', j, 'from'), 'actor')
      refer(actors, f.to, at('flows', j, 'to'), 'actor')
      if (f.from === f.to)
        issue(at('flows', j, 'to'), `is the same actor as from ("${f.from}"); a flow runs between two actors`)
      refer(sections, f.section, at('flows', j, 'section'), 'section')
    })
  }
  else {
    unique(d.areas, at('areas'))
    d.areas.forEach((ar, j) => ar.points.forEach((p, k) => {
      refer(points, p, at('areas', j, 'points', k), 'point')
      if (points.has(p) && !labelled.has(p))
        issue(at('areas', j, 'points', k), `point "${p}" needs a label to appear in a diagram`)
    }))
  }
}

/** The briefing's lines name sections, checks and events that exist. */
function checkBriefing(b: Briefing, { refer }: Report, { sections, checks, events }: Known): void {
  b.bottomLine.forEach((line, i) => {
    line.sections?.forEach((id, j) => refer(sections, id, ['briefing', 'bottomLine', i, 'sections', j], 'section'))
    line.checks?.forEach((id, j) => refer(checks, id, ['briefing', 'bottomLine', i, 'checks', j], 'check'))
    line.events?.forEach((id, j) => refer(events, id, ['briefing', 'bottomLine', i, 'events', j], 'event'))
  })
  b.inThree.forEach((t, i) => t.sections.forEach((id, j) => refer(sections, id, ['briefing', 'inThree', i, 'sections', j], 'section')))
  b.changes.forEach((id, i) => refer(events, id, ['briefing', 'changes', i], 'event'))
  b.watch.forEach((id, i) => refer(events, id, ['briefing', 'watch', i], 'event'))
}

/** Nothing the record saw happen may come after the day it was verified, or after the record ends; events stay in date order. */
function checkDates(a: ArticleShape, issue: Report['issue']): void {
  const { verifiedOn, recordThrough } = a.meta
  a.series.forEach((s, i) => s.points.forEach((p, j) => {
    if ((parsePeriod(p.period)?.start ?? '') > verifiedOn && (p.status ?? 'reported') === 'reported')
      issue(['series', i, 'points', j, 'period'], `is after verifiedOn (${verifiedOn}); a later figure can only be scheduled or forecast`)
  }))
  // ISO dates compare correctly as strings.
  if (recordThrough > verifiedOn)
    issue(['meta', 'recordThrough'], `is after verifiedOn (${verifiedOn})`)
  const { sourcesEnd } = a.meta
  if (sourcesEnd && sourcesEnd > verifiedOn)
    issue(['meta', 'sourcesEnd'], `is after verifiedOn (${verifiedOn}); the sources cannot reach past the day they were searched`)
  if (sourcesEnd && sourcesEnd < recordThrough)
    issue(['meta', 'sourcesEnd'], `is before recordThrough (${recordThrough}); the record cannot run past its sources`)
  a.context.forEach((e, i) => {
    if (!e.status && e.date > recordThrough)
      issue(['context', i, 'date'], `is after recordThrough (${recordThrough}); an event after the record ends can only be planned or scheduled`)
    const before = a.context[i - 1]?.date ?? ''
    const common = Math.min(e.date.length, before.length)
    // Compared at the coarser precision: a month-only date (YYYY-MM) may follow its own days.
    if (e.date.slice(0, common) < before.slice(0, common))
      issue(['context', i, 'date'], `is earlier than the event before it (${a.context[i - 1].date}); keep events in date order`)
  })
}
