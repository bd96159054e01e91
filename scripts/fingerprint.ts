// npm run fingerprint -- --deck <deck>: rewrites data/<deck>/article-fingerprint.json from
// the article's text (source/article.txt in ../shared or DECK_SOURCE_DIR) and the quotes
// in the deck's data. Run it after changing a quote; the tests say when the committed
// file no longer matches the article.
import { writeFile } from 'node:fs/promises'
import { relative } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { writeAtomically } from './lib/atomic'
import { deckArticle, deckNamed } from './lib/decks'
import { fingerprintFile, fingerprintOf, quoteHash } from './lib/fingerprint'
import { articleText } from './lib/shared-material'

const { values } = parseArgs({ options: { deck: { type: 'string' } } })
if (!values.deck) {
  console.error('Name the deck whose article this is: npm run fingerprint -- --deck <deck>')
  process.exit(1)
}
const deck = deckNamed(values.deck)
const article = await deckArticle(deck)
const source = articleText()
if (source.text === undefined) {
  console.error(source.missing)
  process.exit(1)
}

const file = fingerprintFile(deck.data)
const quotes = article.points.flatMap(p => p.quote ? [p.quote] : [])
const fingerprint = fingerprintOf(source.text, quotes)
await writeAtomically(file, tmp => writeFile(tmp, `${JSON.stringify(fingerprint, null, 2)}\n`))
console.log(`✓ ${relative(process.cwd(), file)}: ${fingerprint.runs.length} runs of ${fingerprint.run} words, ${fingerprint.quotes.length} quotes vouched for`)

const absent = quotes.filter(q => !fingerprint.quotes.includes(quoteHash(q)))
if (absent.length) {
  console.error(`Not in the article verbatim, so not vouched for (fix them in data/${deck.id}/):\n${absent.map(q => `  “${q}”`).join('\n')}`)
  process.exitCode = 1
}
