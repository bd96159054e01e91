import { describe, expect, it } from 'vitest'
import { ArticleDataError, validateArticle } from '../../data/validate'
import { article, fixtureData } from '../fixture-deck'
import { BRIEFED } from '../fixture-variants'
import { LEAST_DECK } from '../least-deck'

type Mutation = (a: any) => void

// Where the fixture has each kind of diagram, and a figure the sources disagree on (a range):
// the rows below find them, so they break what they name whatever order the fixture keeps.
const diagramAt = (kind: string) => BRIEFED.diagrams!.findIndex(d => d.kind === kind)
const [SEQUENCE, ACTORS, AREAS] = [diagramAt('sequence'), diagramAt('actors'), diagramAt('areas')]
const RANGED = BRIEFED.series!.findIndex(s => s.points.some(p => p.low !== undefined))
const RANGE = `series[${RANGED}].points[${BRIEFED.series![RANGED].points.findIndex(p => p.low !== undefined)}]`

// With a briefing, so that its rules can be broken too.
function errorOf(mutate: Mutation): ArticleDataError {
  const data = structuredClone(BRIEFED)
  mutate(data)
  try {
    validateArticle(data)
  }
  catch (error) {
    if (error instanceof ArticleDataError)
      return error
    throw error
  }
  throw new Error('expected validation to fail')
}

describe('a deck with the least data', () => {
  const least = LEAST_DECK

  it('is valid: every other part is optional, and comes out empty or absent', () => {
    const a = validateArticle(least)
    expect(a.deck.variants).toEqual([{ id: 'talk', label: 'talk', minutes: 20 }])
    expect(a.deck.tracks).toEqual([])
    for (const part of ['lists', 'diagrams', 'faq', 'context', 'assessments', 'prompts', 'series', 'selfCheck'] as const)
      expect(a[part], part).toEqual([])
    expect(a.steps).toBeUndefined()
    expect(a.briefing).toBeUndefined()
  })

  it('still names what it lacks: a context event needs a track the deck declares', () => {
    const withEvent = { ...least, context: [{ id: 'e', date: '2026-05-02', track: 'news', label: 'An event', text: 'It happened.', sources: ['https://example.org/e'], confidence: 'single-source' }] }
    expect(() => validateArticle(withEvent)).toThrow(/context\[0\]\.track: refers to unknown track "news"/)
  })
})

describe('the article data', () => {
  it('parses and is frozen', () => {
    expect(article.points).toHaveLength(fixtureData.points.length)
    expect(Object.isFrozen(article)).toBe(true)
    expect(Object.isFrozen(article.points[0])).toBe(true)
    expect(() => { (article.points as any).push({}) }).toThrow()
  })

  it('accepts a planned figure after the record was verified, and a range where sources disagree', () => {
    const data = structuredClone(fixtureData)
    const series = data.series![RANGED]
    series.points.push({ period: '2099-01', value: 0, unit: series.points[0].unit, status: 'scheduled', sources: ['https://example.org/a'], confidence: 'single-source' })
    const parsed = validateArticle(data).series[RANGED]
    expect(parsed.points.at(-1)!.status).toBe('scheduled')
    expect(parsed.points.some(p => p.low !== undefined && p.high! > p.low)).toBe(true)
  })

  it('accepts a new event dated after the last one, once the record is extended to it', () => {
    const data = structuredClone(fixtureData)
    data.context!.push({ id: 'a-new-event', date: data.meta.verifiedOn, track: data.deck.tracks![0].id, label: 'A new event', text: 'An event.', sources: ['https://example.org/a'], confidence: 'single-source' })
    // In date order: events only planned may lie beyond it.
    data.context!.sort((a, b) => a.date.localeCompare(b.date))
    data.meta.recordThrough = data.meta.verifiedOn
    expect(validateArticle(data).context.map(e => e.id)).toContain('a-new-event')
  })

  it('accepts a planned event after the record ends, even after the day it was verified', () => {
    const data = structuredClone(fixtureData)
    data.context!.push({ id: 'a-planned-event', date: '2099-01-01', track: data.deck.tracks![0].id, status: 'planned', label: 'An opening', text: 'An opening is planned.', sources: ['https://example.org/a'], confidence: 'multi-source' })
    expect(validateArticle(data).context.at(-1)!.status).toBe('planned')
  })
})

// Each row breaks one rule; the error must name the field's path and the rule.
const malformed: { name: string, mutate: Mutation, path: string, rule: RegExp }[] = [
  { name: 'a point without text', mutate: (a) => { a.points[0].text = '  ' }, path: 'points[0].text', rule: /must not be empty/ },
  { name: 'a point id that is not kebab-case', mutate: (a) => { a.points[1].id = 'Bad Id' }, path: 'points[1].id', rule: /kebab-case/ },
  { name: 'a point in an unknown section', mutate: (a) => { a.points[2].section = 'nowhere' }, path: 'points[2].section', rule: /unknown section "nowhere"/ },
  { name: 'a point of an unknown kind', mutate: (a) => { a.points[3].kind = 'rumour' }, path: 'points[3].kind', rule: /Invalid option|expected one of/i },
  { name: 'a quote that is too long to be a short phrase', mutate: (a) => { a.points[0].quote = 'x'.repeat(81) }, path: 'points[0].quote', rule: /short phrase/ },
  { name: 'a duplicate point id', mutate: (a) => { a.points[5].id = a.points[4].id }, path: 'points[5].id', rule: /duplicate id/ },
  { name: 'a list item in an unknown list', mutate: (a) => { a.points.find((p: any) => p.list).list = 'ghost-list' }, path: 'points[', rule: /unknown list "ghost-list"/ },
  { name: 'a negative step', mutate: (a) => { a.steps!.items[0].value = -5 }, path: 'steps.items[0].value', rule: />=0|too small/i },
  { name: 'a flow from an unknown actor', mutate: (a) => { a.diagrams[ACTORS].flows[0].from = 'nobody' }, path: `diagrams[${ACTORS}].flows[0].from`, rule: /unknown actor "nobody"/ },
  { name: 'an unknown top-level field', mutate: (a) => { a.extra = true }, path: '(root)', rule: /Unrecognized key/i },
  { name: 'a context event without a source', mutate: (a) => { a.context[0].sources = [] }, path: 'context[0].sources', rule: /at least one source/ },
  { name: 'a context source that is not https', mutate: (a) => { a.context[0].sources[0] = 'http://example.org' }, path: 'context[0].sources[0]', rule: /https/ },
  { name: 'a context date that is not ISO', mutate: (a) => { a.context[0].date = '27 Aug 2025' }, path: 'context[0].date', rule: /ISO date/ },
  { name: 'an event after the record ends that is not marked planned', mutate: (a) => { delete a.context.at(-1).status }, path: 'context[', rule: /after recordThrough.*only be planned or scheduled/ },
  { name: 'a flow from an actor to itself', mutate: (a) => { a.diagrams[ACTORS].flows[0].to = a.diagrams[ACTORS].flows[0].from }, path: `diagrams[${ACTORS}].flows[0].to`, rule: /same actor as from/ },
  { name: 'a context event on no known track', mutate: (a) => { a.context[0].track = 'europe' }, path: 'context[0].track', rule: /refers to unknown track "europe"/ },
  { name: 'an event status the timeline cannot show', mutate: (a) => { a.context[0].status = 'rumoured' }, path: 'context[0].status', rule: /Invalid option|expected one of/i },
  { name: 'context events out of date order', mutate: (a) => { [a.context[0], a.context[1]] = [a.context[1], a.context[0]] }, path: 'context[1].date', rule: /keep events in date order/ },
  { name: 'a context event with an unknown confidence', mutate: (a) => { a.context[0].confidence = 'certain' }, path: 'context[0].confidence', rule: /Invalid option|expected one of/i },
  { name: 'a record that ends after it was verified', mutate: (a) => { a.meta.recordThrough = '2099-01' }, path: 'meta.recordThrough', rule: /after verifiedOn/ },
  { name: 'a missing verification date', mutate: (a) => { delete a.meta.verifiedOn }, path: 'meta.verifiedOn', rule: /expected string|Required/i },
  { name: 'an assessment of a missing point', mutate: (a) => { a.assessments[0].point = 'no-such-point' }, path: 'assessments[0].point', rule: /unknown point "no-such-point"/ },
  { name: 'an assessment without a source', mutate: (a) => { a.assessments[0].sources = [] }, path: 'assessments[0].sources', rule: /at least one source/ },
  { name: 'two checks with the same topic', mutate: (a) => { a.assessments[1].topic = a.assessments[0].topic }, path: 'assessments[1].topic', rule: /duplicate topic/ },
  { name: 'an article address that is not https', mutate: (a) => { a.source.url = 'example.org/riverton' }, path: 'source.url', rule: /URL|https/ },
  { name: 'an assessment with an unknown verdict', mutate: (a) => { a.assessments[0].verdict = 'misleading' }, path: 'assessments[0].verdict', rule: /Invalid option|expected one of/i },
  { name: 'a discussion prompt that is not a question', mutate: (a) => { a.prompts[0].text = 'Discuss.' }, path: 'prompts[0].text', rule: /must be a question/ },
  { name: 'a discussion prompt for an unknown section', mutate: (a) => { a.prompts[0].section = 'epilogue' }, path: 'prompts[0].section', rule: /unknown section "epilogue"/ },
  { name: 'an area item without a label', mutate: (a) => { a.diagrams[AREAS].areas[0].points.push(a.points.find((p: any) => !p.label).id) }, path: `diagrams[${AREAS}].areas[0].points[`, rule: /needs a label/ },
  { name: 'series points out of time order', mutate: (a) => { const p = a.series[0].points; [p[0], p[1]] = [p[1], p[0]] }, path: 'series[0].points[1].period', rule: /keep points in time order/ },
  { name: 'two series points for the same period', mutate: (a) => { a.series[0].points[1].period = a.series[0].points[0].period }, path: 'series[0].points[1].period', rule: /does not come after/ },
  { name: 'a series point without a source', mutate: (a) => { a.series[0].points[1].sources = [] }, path: 'series[0].points[1].sources', rule: /at least one source/ },
  { name: 'mixed units in one series', mutate: (a) => { a.series[0].points[1].unit = 'cars' }, path: 'series[0].points[1].unit', rule: /one unit per series/ },
  { name: 'a range whose low exceeds its high', mutate: (a) => { Object.assign(a.series[RANGED].points.find((p: any) => p.low !== undefined), { low: 1.5, high: 1.2 }) }, path: `${RANGE}.low`, rule: /is above high/ },
  { name: 'a range missing its high', mutate: (a) => { delete a.series[RANGED].points.find((p: any) => p.low !== undefined).high }, path: `${RANGE}.high`, rule: /needs both low and high/ },
  { name: 'a point with both a value and a range', mutate: (a) => { a.series[RANGED].points.find((p: any) => p.low !== undefined).value = 1.2 }, path: `${RANGE}.value`, rule: /not both/ },
  { name: 'a point with neither value nor range', mutate: (a) => { delete a.series[0].points[0].value }, path: 'series[0].points[0].value', rule: /needs a value/ },
  { name: 'a period in no known form', mutate: (a) => { a.series[0].points[0].period = '2021-22' }, path: 'series[0].points[0].period', rule: /must be a period/ },
  { name: 'a reported figure dated after the record was verified', mutate: (a) => { a.series[0].points.push({ period: '2099-01', value: 1, unit: a.series[0].points[0].unit, sources: ['https://example.org/a'], confidence: 'single-source' }) }, path: 'series[0].points[', rule: /only be scheduled or forecast/ },
  { name: 'a point of an unknown status', mutate: (a) => { a.series[0].points[0].status = 'rumoured' }, path: 'series[0].points[0].status', rule: /Invalid option|expected one of/i },
  { name: 'a self-check of an unknown check', mutate: (a) => { a.selfCheck[0] = 'check-nothing' }, path: 'selfCheck[0]', rule: /unknown check "check-nothing"/ },
  { name: 'a bottom-line sentence too long to read at a glance', mutate: (a) => { a.briefing.bottomLine[0].text = 'one two three four five six seven eight nine ten eleven twelve thirteen' }, path: 'briefing.bottomLine[0].text', rule: /12 words at most/ },
  { name: 'a bottom-line sentence resting on nothing', mutate: (a) => { a.briefing.bottomLine[1] = { id: 'x', label: 'Held up', text: 'Something held.' } }, path: 'briefing.bottomLine[1]', rule: /needs sections, checks or events/ },
  { name: 'a bottom-line sentence resting on an unknown event', mutate: (a) => { a.briefing.bottomLine[2].events = ['no-such-event'] }, path: 'briefing.bottomLine[2].events[0]', rule: /unknown event "no-such-event"/ },
  { name: 'the article in more than three sentences', mutate: (a) => { a.briefing.inThree.push(a.briefing.inThree[0]) }, path: 'briefing.inThree', rule: /exactly three/ },
  { name: 'a summary sentence resting on an unknown section', mutate: (a) => { a.briefing.inThree[1].sections = ['epilogue'] }, path: 'briefing.inThree[1].sections[0]', rule: /unknown section "epilogue"/ },
  { name: 'a briefing change that is no event', mutate: (a) => { a.briefing.changes[0] = 'rumour' }, path: 'briefing.changes[0]', rule: /unknown event "rumour"/ },
  { name: 'a briefing with more to watch than a slide holds', mutate: (a) => { a.briefing.watch = Array.from({ length: 5 }).fill(a.briefing.watch[0]) }, path: 'briefing.watch', rule: /four things to watch at most/ },
  { name: 'a diagram of no known kind', mutate: (a) => { a.diagrams[0].kind = 'pie' }, path: 'diagrams[0].kind', rule: /Invalid|expected/i },
  { name: 'two diagrams with one id', mutate: (a) => { a.diagrams[1].id = a.diagrams[0].id }, path: 'diagrams[1].id', rule: /duplicate id/ },
  { name: 'two variants with one name', mutate: (a) => { a.deck.variants = [{ id: 'talk', label: 'talk', minutes: 20 }, { id: 'talk', label: 'short talk', minutes: 10 }] }, path: 'deck.variants[1].id', rule: /duplicate id/ },
  { name: 'a step in an unknown section', mutate: (a) => { a.steps.items[0].section = 'epilogue' }, path: 'steps.items[0].section', rule: /unknown section "epilogue"/ },
  { name: 'a milestone label too long for a diagram node', mutate: (a) => { a.diagrams[SEQUENCE].steps[0].label = 'y'.repeat(61) }, path: `diagrams[${SEQUENCE}].steps[0].label`, rule: /fit a diagram node/ },
]

describe('malformed data', () => {
  it.each(malformed)('rejects $name, naming the field and the rule', ({ mutate, path, rule }) => {
    const error = errorOf(mutate)
    const issue = error.issues.find(i => i.path.startsWith(path) && rule.test(i.message))
    expect(issue, `issues were: ${JSON.stringify(error.issues)}`).toBeDefined()
    expect(error.message).toContain(path)
  })
})
