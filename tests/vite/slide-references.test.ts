import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { validateArticle } from '../../data/validate'
import { ROOT } from '../../scripts/lib/deck'
import { componentUsages, referenceProblems, unknownSources } from '../../vite/slide-references'
// The fixture with a briefing: every part of a deck, so that only what a tag asks for can be missing.
import { briefed as article } from '../fixture-variants'
import { LEAST_DECK } from '../least-deck'

const bare = validateArticle(LEAST_DECK)
const problems = (text: string, data = article) => referenceProblems(data, text).map(p => `${p.line}: ${p.problem}`)

describe('componentUsages', () => {
  it('reads each component tag, its attributes as written and its line, across line breaks', () => {
    const text = '# Title\n\n<KeyPoints section="vote" dense />\n<SeriesChart\n  id="x"\n  :events="[\'a\', \'b\']" />\n<p>not a component</p>'
    expect(componentUsages(text).map(u => [u.component, u.line, u.props])).toEqual([
      ['KeyPoints', 3, { section: 'vote', dense: '' }],
      ['SeriesChart', 4, { 'id': 'x', ':events': '[\'a\', \'b\']' }],
    ])
  })
})

describe('referenceProblems', () => {
  const section = article.source.sections[0].id

  it('passes what the data has', () => {
    expect(problems(`<KeyPoints section="${section}" />\n<ArticleDiagram id="${article.diagrams[0].id}" />`)).toEqual([])
  })

  it('names an unknown id, with the ids there are', () => {
    const [p] = problems('\n<KeyPoints section="nowhere" />')
    expect(p).toMatch(/^2: the deck has no section "nowhere" \(it has: /)
    expect(p).toContain(section)
  })

  it.each([
    ['<ListCards list="nope" />', /no list "nope"/],
    ['<ArticleDiagram id="nope" />', /no diagram "nope"/],
    ['<SeriesBars id="nope" />', /no series "nope"/],
    [`<SeriesChart id="${article.series[0].id}" :events="['${article.context[0].id}', 'nope']" />`, /no event "nope"/],
    [`<FaqReveal :ids="['${article.faq[0].id}', 'nope']" />`, /no FAQ "nope"/],
    ['<FaqReveal :ids="[]" />', /names no FAQ/],
    ['<CheckMarker point="nope" />', /no point "nope"/],
    [`<SelfCheck :no="${article.selfCheck.length + 1}" />`, new RegExp(`has ${article.selfCheck.length} questions; there is no question "${article.selfCheck.length + 1}"`)],
    ['<EventTimeline :page="9" />', /context events fill \d pages?; there is no page 9/],
    ['<CriticalReading :page="0" />', /not a page number/],
    ['<SourcesList part="everything" />', /no part "everything"/],
    ['<EventList pick="later" />', /neither changes nor watch/],
  ])('names what %s asks for that the deck lacks', (text, problem) => {
    expect(problems(text)).toEqual([expect.stringMatching(problem)])
  })

  it.each([
    ['<StepBars />', /no steps/],
    ['<BottomLine />', /no briefing/],
    ['<EventList pick="changes" />', /no briefing/],
    ['<CheckTally :verdicts="[\'wrong\']" />', /no claim checks/],
    ['<EventTimeline />', /no context events/],
    ['<CriticalReading />', /no claim checks/],
    ['<DiscussionPrompts />', /no discussion prompts/],
    ['<SelfCheck :no="1" />', /no self-check/],
    ['<SourcesList part="figures" />', /no series/],
    ['<ArticleDiagram id="any" />', /no diagram "any" \(it has none\)/],
  ])('names the part a deck without it lacks, for %s', (text, problem) => {
    expect(problems(text, bare)).toEqual([expect.stringMatching(problem)])
  })

  it('has a rule for every component that takes an id, a page or a part of the data', () => {
    const props = /defineProps<\{([^}]*)\}>/
    const takesData = /\b(?:id|ids|section|list|point|page|no|pick|part)\??:/
    const components = readdirSync(join(ROOT, 'components')).filter(f => f.endsWith('.vue'))
    const unchecked = components.filter((f) => {
      const declared = props.exec(readFileSync(join(ROOT, 'components', f), 'utf8'))?.[1] ?? ''
      const name = f.replace('.vue', '')
      return takesData.test(declared) && !referenceProblems(bare, `<${name} id="none" section="none" list="none" point="none" :ids="['none']" :page="99" :no="99" pick="none" part="none" />`).length
    })
    // ChartFrame and SeriesTable take an id of their own, not one from the data.
    expect(unchecked).toEqual(['ChartFrame.vue'])
  })
})

describe('unknownSources', () => {
  it('names a slide\'s cited sections the deck lacks', () => {
    expect(unknownSources(article, [article.source.sections[0].id, 'nowhere'])).toEqual(['nowhere'])
    expect(unknownSources(article, undefined)).toEqual([])
  })
})
