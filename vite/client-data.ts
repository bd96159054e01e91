import type { Article } from '../data/schema'

// What the site ships of a deck's data: everything a slide reads, and not the parts only the
// build and the export read (the entry's keywords, author and variant descriptions, the
// briefing note's three sentences, the quotes the fingerprint checks). Light on the wire:
// every byte of data is fetched with the app by every reader.
export function clientData(article: Readonly<Article>): unknown {
  const { keywords: _keywords, author: _author, ...deck } = article.deck
  return {
    ...article,
    deck: { ...deck, variants: deck.variants.map(({ about: _about, ...v }) => v) },
    points: article.points.map(({ quote: _quote, ...p }) => p),
    ...article.briefing ? { briefing: (({ inThree: _inThree, ...b }) => b)(article.briefing) } : {},
  }
}
