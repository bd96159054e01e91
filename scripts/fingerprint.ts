// npm run fingerprint: rewrites tests/article-fingerprint.json from the article (../shared
// or DECK_SOURCE_DIR) and the quotes in data/article.ts. Run it after changing a quote;
// the tests say when the committed file no longer matches the article.
import { writeFile } from 'node:fs/promises'
import { relative } from 'node:path'
import process from 'node:process'
import { article } from '../data'
import { articleText } from '../tests/shared-material'
import { writeAtomically } from './lib/atomic'
import { FINGERPRINT_FILE, fingerprintOf, quoteHash } from './lib/fingerprint'

const source = articleText()
if (source.text === undefined) {
  console.error(source.missing)
  process.exit(1)
}

const quotes = article.points.flatMap(p => p.quote ? [p.quote] : [])
const fingerprint = fingerprintOf(source.text, quotes)
await writeAtomically(FINGERPRINT_FILE, tmp => writeFile(tmp, `${JSON.stringify(fingerprint, null, 2)}\n`))
console.log(`✓ ${relative(process.cwd(), FINGERPRINT_FILE)}: ${fingerprint.runs.length} runs of ${fingerprint.run} words, ${fingerprint.quotes.length} quotes vouched for`)

const absent = quotes.filter(q => !fingerprint.quotes.includes(quoteHash(q)))
if (absent.length) {
  console.error(`Not in the article verbatim, so not vouched for (fix them in data/article.ts):\n${absent.map(q => `  “${q}”`).join('\n')}`)
  process.exitCode = 1
}
