// npm run dev -- <deck> [--variant <variant>]: Slidev's dev server on one variant of a
// deck (its first when none is named), with hot reload as its slides and data change.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { ROOT } from './lib/deck'
import { deckArticle, deckEnv, deckNamed, decksIn, writeEntry } from './lib/decks'

const { values, positionals } = parseArgs({ options: { variant: { type: 'string' } }, allowPositionals: true })
const [id, ...rest] = positionals
try {
  if (!id)
    throw new Error(`Name the deck to open: npm run dev -- <deck>. The decks: ${decksIn().map(d => d.id).join(', ')}.`)
  const deck = deckNamed(id)
  const article = await deckArticle(deck)
  const entry = await writeEntry(deck, values.variant ?? article.deck.variants[0].id)
  const child = spawn(join(ROOT, 'node_modules/.bin/slidev'), [entry, '--open', ...rest], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...deckEnv(deck) } })
  child.on('exit', code => process.exit(code ?? 0))
}
catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
