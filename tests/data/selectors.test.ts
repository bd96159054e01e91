import { describe, expect, it } from 'vitest'
import { listItems, sectionPoints, sourceLine } from '../../data/selectors'
import { validateArticle } from '../../data/validate'
import { article } from '../fixture-deck'

const deck = validateArticle({
  deck: { title: 'A deck' },
  source: {
    title: 'An order',
    outlet: 'An office',
    published: '6 May 2026',
    publishedMonth: '2026-05',
    url: 'https://example.org/order',
    sections: [
      { id: 'one', heading: 'Section 1: Purpose', short: 'Section 1' },
      { id: 'grouped', heading: 'What it spares (section number not known)', short: 'What it spares', ownHeading: true },
    ],
  },
  points: [{ id: 'p', section: 'one', kind: 'claim', text: 'A point.' }],
  meta: { verifiedOn: '2026-06-01', recordThrough: '2026-06-01' },
})

describe('sourceLine', () => {
  it('quotes the source\'s own headings, and gives the deck\'s own without quotation marks', () => {
    expect(sourceLine(deck, ['one', 'grouped'])).toBe('An office, 6 May 2026: “Section 1: Purpose”; What it spares (section number not known)')
  })
})

describe('sectionPoints and listItems', () => {
  it('keeps prose points and list items apart, in a section that has both', () => {
    const [list] = article.lists
    const items = article.points.filter(p => p.list === list.id)
    const prose = article.points.filter(p => p.section === list.section && !p.list)
    expect(items.length && prose.length).toBeGreaterThan(0)
    expect(sectionPoints(article, list.section)).toEqual(prose)
    expect(listItems(article, list.id)).toEqual(items)
  })
})
