import type { ArticleInput } from '../data/schema'

/** A deck with nothing but what the schema requires: every optional part left out. */
export const LEAST_DECK = {
  deck: { title: 'A short deck' },
  source: { title: 'An article', outlet: 'Example News', published: 'May 2026', publishedMonth: '2026-05', url: 'https://example.org/a', sections: [{ id: 'only', heading: 'The only section', short: 'Only' }] },
  points: [{ id: 'one', section: 'only', kind: 'claim', text: 'One point.' }],
  meta: { verifiedOn: '2026-06-01', recordThrough: '2026-06-01' },
} satisfies ArticleInput
