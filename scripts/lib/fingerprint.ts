// A fingerprint of the article that the repository can carry in place of its text, so
// that the paraphrase checks run in a plain clone too. It holds hashes, never words.
//
// Copied runs. The rule is "no run of RUN = 10 words copied from the article"; a shorter
// unit would flag phrases the deck rightly shares with it (the longest today is 9 words,
// an FAQ question). Only the runs starting at every STRIDE-th word are kept. Kept at every
// word, each run would share nine words with the next, so anyone holding one run (the
// title in the deck's data is the article's first 15 words) could recover the next by
// hashing every word of a dictionary in its place: the whole text in seconds. With
// STRIDE = 5 each kept run has five words the previous one does not give away, about
// 10^21 guesses for a 20,000-word dictionary. The price: a copied run is certain to cover
// a kept one only from RUN + STRIDE - 1 = 14 words; a 10- to 13-word copy is caught when it
// happens to. Where the article is, the exact ten-word check runs as well (CI does).
//
// Quotes. A point's quote (1 to 8 words) could only be checked against every short run of
// the article, and short runs kept at every word are the text again: they chain the same
// way, one guessed word at a time. So the fingerprint instead vouches for the phrases the
// deck quotes: `npm run fingerprint` finds each verbatim in the article and keeps its hash.
// A new quote needs the article once, to be vouched for; until then its check fails.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export const RUN = 10
export const STRIDE = 5
/** Beside the deck's data: what its article's text looks like, without the text. */
export const fingerprintFile = (deckData: string): string => join(deckData, 'article-fingerprint.json')

export interface Fingerprint {
  about: string
  run: number
  stride: number
  runs: string[]
  quotes: string[]
}

/** Lower-case words, punctuation dropped: how runs are compared ("U.S." is "u s"). */
export function words(text: string): string[] {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').split(' ').filter(Boolean)
}

// Curly and straight apostrophes count as the same character in a quote.
const sameApostrophes = (text: string) => text.replace(/’/g, '\'')

// 64 bits: a chance collision between the deck's few thousand runs and the article's few
// hundred kept ones is about 10^-13. A kind prefix keeps a quote's hash from equalling a run's.
function hash(kind: 'run' | 'quote', text: string): string {
  return createHash('sha256').update(`${kind}:${text}`).digest('hex').slice(0, 16)
}

/** Hashes of the `run`-word runs of `text` that start at every `stride`-th word. */
export function runHashes(text: string, run: number, stride: number): Set<string> {
  const w = words(text)
  const hashes = new Set<string>()
  for (let i = 0; i + run <= w.length; i += stride)
    hashes.add(hash('run', w.slice(i, i + run).join(' ')))
  return hashes
}

/** The first run of `run` words in `text` whose hash is in `article`, if any. */
export function copiedRun(text: string, article: Set<string>, run: number): string | undefined {
  const w = words(text)
  for (let i = 0; i + run <= w.length; i++) {
    const candidate = w.slice(i, i + run).join(' ')
    if (article.has(hash('run', candidate)))
      return candidate
  }
}

export function quoteHash(quote: string): string {
  return hash('quote', sameApostrophes(quote))
}

/** Whether `phrase` is in `text` as whole words ("former Presiden" is not in "former President"). */
function containsPhrase(text: string, phrase: string): boolean {
  const wordChar = /[\p{L}\p{N}]/u
  for (let at = text.indexOf(phrase); at > -1; at = text.indexOf(phrase, at + 1)) {
    if (!wordChar.test(text[at - 1] ?? '') && !wordChar.test(text[at + phrase.length] ?? ''))
      return true
  }
  return false
}

/** The fingerprint of `article`, vouching for those of `quotes` it contains verbatim. */
export function fingerprintOf(article: string, quotes: string[]): Fingerprint {
  const text = sameApostrophes(article)
  return {
    about: 'Hashes of word runs of ../shared/source/article.txt and of the phrases the deck quotes from it, never its words; made by `npm run fingerprint`, explained in scripts/lib/fingerprint.ts.',
    run: RUN,
    stride: STRIDE,
    // Sorted, so the file does not say which run follows which.
    runs: [...runHashes(article, RUN, STRIDE)].sort(),
    quotes: [...new Set(quotes.filter(q => containsPhrase(text, sameApostrophes(q))).map(quoteHash))].sort(),
  }
}

export function readFingerprint(deckData: string): Fingerprint {
  return JSON.parse(readFileSync(fingerprintFile(deckData), 'utf8')) as Fingerprint
}
