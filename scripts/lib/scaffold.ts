// The data module `npm run new` writes: valid as it stands, with every value one the
// author replaces, and where the rest goes.

export function scaffoldData({ title, today, month }: { title: string, today: string, month: string }): string {
  // A string as a TypeScript literal the author can read and edit.
  const str = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, '\\\'')}'`
  return `import { defineDeck } from '../define'

// This deck's data: the article's key points in your own words, each tied to the article's
// section it comes from. The engine makes the whole deck from it (cover, agenda, a slide per
// section, sources); add parts as the article needs them, and the deck gains their slides:
// lists, steps, diagrams, series, dated context with timeline tracks, claim checks, a
// self-check, discussion prompts, a briefing (data/schema/ says what each holds).
export default defineDeck({
  deck: {
    title: ${str(title)},
  },
  source: {
    title: ${str(title)},
    outlet: 'The publisher',
    published: ${str(month)},
    publishedMonth: ${str(today.slice(0, 7))},
    url: 'https://example.org/the-article',
    sections: [
      { id: 'introduction', heading: 'Introduction', short: 'Introduction' },
    ],
  },
  points: [
    { id: 'main-point', section: 'introduction', kind: 'claim', text: 'The article\\'s main point, in your own words.' },
  ],
  meta: {
    // The day you last checked the context against its sources, and the last day it covers.
    verifiedOn: ${str(today)},
    recordThrough: ${str(today)},
  },
})
`
}
