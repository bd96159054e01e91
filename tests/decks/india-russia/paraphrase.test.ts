import { describe, expect, it } from 'vitest'
import { copiedRun, fingerprintOf, quoteHash, readFingerprint, RUN, runHashes, words } from '../../../scripts/lib/fingerprint'
import { articleText } from '../../../scripts/lib/shared-material'
import { article, DECK } from '../../deck-under-test'
import { itNeeds } from '../../needs-material'

// Everything the deck says in its own words about the article and the record after it.
const ourProse = [
  ...article.points.map(p => p.text),
  ...article.faq.flatMap(f => [f.question, f.answer]),
  ...article.assessments.map(a => a.record),
  ...article.prompts.map(p => p.text),
  ...article.context.flatMap(e => [e.label, e.text]),
]
const quoted = article.points.filter(p => p.quote)
const fingerprint = readFingerprint(DECK.data)
const withArticle = itNeeds(articleText())

/** Each of our texts that shares a run of `run` words with the article's `runs`, with that run. */
function copies(runs: Set<string>, run: number) {
  return ourProse.flatMap((text) => {
    const copied = copiedRun(text, runs, run)
    return copied ? [`"${copied}" in: ${text}`] : []
  })
}

describe('the India–Russia deck\'s own words, checked against the committed fingerprint of the article', () => {
  it('quotes only short phrases, each shown in quotation marks', () => {
    expect(quoted.length).toBeGreaterThan(0)
    for (const p of quoted) {
      expect(p.text, `${p.id} must show its quote in quotation marks`).toContain(`“${p.quote}”`)
      expect(p.quote!.split(' ').length, p.id).toBeLessThanOrEqual(8)
    }
  })

  it('quotes only phrases the fingerprint vouches are verbatim in the article', () => {
    for (const p of quoted)
      expect(fingerprint.quotes, `“${p.quote}” (${p.id}) is not vouched for: where the article is, check it is verbatim and run \`npm run fingerprint\``).toContain(quoteHash(p.quote!))
  })

  it(`copies no run of ${fingerprint.run} words that the fingerprint keeps`, () => {
    expect(copies(new Set(fingerprint.runs), fingerprint.run)).toEqual([])
  })
})

describe('the India–Russia deck\'s own words, checked against the article\'s full text', () => {
  withArticle(`copies no run of ${RUN} words from the article`, (text) => {
    expect(copies(runHashes(text, RUN, 1), RUN)).toEqual([])
  })

  withArticle('has a committed fingerprint that matches the article and our quotes (else run `npm run fingerprint`)', (text) => {
    expect(fingerprint).toEqual(fingerprintOf(text, quoted.map(p => p.quote!)))
  })

  const span = fingerprint.run + fingerprint.stride - 1
  withArticle(`has a fingerprint that catches every copied run of ${span} words`, (text) => {
    const w = words(text)
    const runs = new Set(fingerprint.runs)
    const missed = w.flatMap((_, i) => i + span <= w.length && !copiedRun(w.slice(i, i + span).join(' '), runs, fingerprint.run) ? [i] : [])
    expect(missed).toEqual([])
  })
})
