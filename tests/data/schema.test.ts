import { describe, expect, it } from 'vitest'
import { article } from '../../data'
import { ArticleDataError, validateArticle } from '../../data/validate'
import { cloneArticle } from '../fixtures'

type Mutation = (a: any) => void

function errorOf(mutate: Mutation): ArticleDataError {
  const data = cloneArticle()
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

describe('the article data', () => {
  it('parses and is frozen', () => {
    expect(article.points.length).toBeGreaterThan(40)
    expect(Object.isFrozen(article)).toBe(true)
    expect(Object.isFrozen(article.points[0])).toBe(true)
    expect(() => { (article.points as any).push({}) }).toThrow()
  })

  it('accepts context events and assessments (the shape later issues fill)', () => {
    const data = cloneArticle()
    data.context.push({ id: 'rate-doubled', date: '2025-08-27', text: 'An event.', sources: ['https://example.org/a'], confidence: 'multi-source' })
    data.assessments.push({ id: 'check-1', point: 'tariff-doubled', verdict: 'imprecise', record: 'What the record says.', sources: ['https://example.org/b'] })
    expect(validateArticle(data).context).toHaveLength(1)
  })
})

// Each row breaks one rule; the error must name the field's path and the rule.
const malformed: { name: string, mutate: Mutation, path: string, rule: RegExp }[] = [
  { name: 'a point without text', mutate: a => { a.points[0].text = '  ' }, path: 'points[0].text', rule: /must not be empty/ },
  { name: 'a point id that is not kebab-case', mutate: a => { a.points[1].id = 'Bad Id' }, path: 'points[1].id', rule: /kebab-case/ },
  { name: 'a point in an unknown section', mutate: a => { a.points[2].section = 'nowhere' }, path: 'points[2].section', rule: /unknown section "nowhere"/ },
  { name: 'a point of an unknown kind', mutate: a => { a.points[3].kind = 'rumour' }, path: 'points[3].kind', rule: /Invalid option|expected one of/i },
  { name: 'a quote that is too long to be a short phrase', mutate: a => { a.points[0].quote = 'x'.repeat(81) }, path: 'points[0].quote', rule: /short phrase/ },
  { name: 'a duplicate point id', mutate: a => { a.points[5].id = a.points[4].id }, path: 'points[5].id', rule: /duplicate id/ },
  { name: 'a list item in an unknown list', mutate: a => { a.points.find((p: any) => p.list).list = 'ghost-list' }, path: 'points[', rule: /unknown list "ghost-list"/ },
  { name: 'a negative tariff rate', mutate: a => { a.tariffSteps[0].ratePercent = -5 }, path: 'tariffSteps[0].ratePercent', rule: />0|positive|too small/i },
  { name: 'a flow from an unknown actor', mutate: a => { a.flows[0].from = 'china' }, path: 'flows[0].from', rule: /unknown actor "china"/ },
  { name: 'an unknown top-level field', mutate: a => { a.extra = true }, path: '(root)', rule: /Unrecognized key/i },
  { name: 'a context event without a source', mutate: a => { a.context = [{ id: 'e', date: '2025-08-27', text: 'x', sources: [], confidence: 'multi-source' }] }, path: 'context[0].sources', rule: /at least one source/ },
  { name: 'a context source that is not https', mutate: a => { a.context = [{ id: 'e', date: '2025-08-27', text: 'x', sources: ['http://example.org'], confidence: 'multi-source' }] }, path: 'context[0].sources[0]', rule: /https/ },
  { name: 'a context date that is not ISO', mutate: a => { a.context = [{ id: 'e', date: '27 Aug 2025', text: 'x', sources: ['https://example.org'], confidence: 'multi-source' }] }, path: 'context[0].date', rule: /ISO date/ },
  { name: 'an assessment of a missing point', mutate: a => { a.assessments = [{ id: 's', point: 'no-such-point', verdict: 'wrong', record: 'x', sources: [] }] }, path: 'assessments[0].point', rule: /unknown point "no-such-point"/ },
  { name: 'a cooperation area item without a label', mutate: a => { a.areas[0].points.push('intro-signal') }, path: 'areas[0].points[3]', rule: /needs a label/ },
  { name: 'a milestone label too long for a diagram node', mutate: a => { a.milestones[0].label = 'y'.repeat(61) }, path: 'milestones[0].label', rule: /fit a diagram node/ },
]

describe('malformed data', () => {
  it.each(malformed)('rejects $name, naming the field and the rule', ({ mutate, path, rule }) => {
    const error = errorOf(mutate)
    const issue = error.issues.find(i => i.path.startsWith(path) && rule.test(i.message))
    expect(issue, `issues were: ${JSON.stringify(error.issues)}`).toBeDefined()
    expect(error.message).toContain(path)
  })
})
