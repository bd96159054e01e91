import { describe, expect, it } from 'vitest'
import { sectionPointPages } from '../../data/pages'
import { validateArticle } from '../../data/validate'
import { defaultSlides } from '../../scripts/lib/default-deck'
import { referenceProblems } from '../../vite/slide-references'
import { LEAST_DECK } from '../least-deck'

/** The least deck with its one section holding `count` points of `words` words each. */
function withPoints(count: number, words: number) {
  const text = Array.from({ length: words }, (_, i) => `word${i}`).join(' ')
  return validateArticle({ ...LEAST_DECK, points: Array.from({ length: count }, (_, i) => ({ id: `p${i}`, section: 'only', kind: 'claim' as const, text: `${i}: ${text}.` })) })
}

describe('a section\'s key points over slides', () => {
  it('keep a short section on one slide', () => {
    expect(sectionPointPages(withPoints(4, 12), 'only').map(p => p.length)).toEqual([4])
  })

  it('split a long section into as few slides as hold it, as even as the count allows, every point once in order', () => {
    const a = withPoints(9, 12)
    const pages = sectionPointPages(a, 'only')
    expect(pages.map(p => p.length)).toEqual([5, 4])
    expect(pages.flat().map(p => p.id)).toEqual(a.points.map(p => p.id))
  })

  it('give long points fewer to a slide than short ones', () => {
    // About four lines each: four such points would not fit under the title.
    expect(sectionPointPages(withPoints(4, 40), 'only').map(p => p.length)).toEqual([2, 2])
  })
})

describe('the made deck\'s section slides', () => {
  it('number a long section\'s slides and show each its page, which the reference check accepts', () => {
    const a = withPoints(9, 12)
    const section = defaultSlides(a).filter(s => s.part === 'section-only')
    expect(section.map(s => [s.frontmatter.title, s.body.split('\n').at(-1)])).toEqual([
      ['The only section (1/2)', '<KeyPoints section="only" :page="1" />'],
      ['The only section (2/2)', '<KeyPoints section="only" :page="2" />'],
    ])
    expect(referenceProblems(a, section.map(s => s.body).join('\n'))).toEqual([])
    expect(referenceProblems(a, '<KeyPoints section="only" :page="3" />').map(p => p.problem)).toEqual(['the deck\'s key points of section "only" fill 2 pages; there is no page 3'])
  })

  it('leave a section that fits one slide unnumbered', () => {
    expect(defaultSlides(withPoints(2, 12)).filter(s => s.part === 'section-only').map(s => [s.frontmatter.title, s.body.split('\n').at(-1)])).toEqual([['The only section', '<KeyPoints section="only" />']])
  })
})
