// npm run dev -- <deck> [--variant <variant>] [Slidev's own options, such as --port 3031]:
// Slidev's dev server on one variant of a deck (its first when none is named), with hot
// reload as its slides and data change.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import process from 'node:process'
import { ROOT } from './lib/deck'
import { deckArticle, deckEnv, deckNamed, decksIn, writeEntry } from './lib/decks'

// The deck's name first, then --variant; everything else is Slidev's.
const [id, ...given] = process.argv.slice(2)
const at = given.indexOf('--variant')
const variant = at < 0 ? undefined : given[at + 1]
const rest = at < 0 ? given : [...given.slice(0, at), ...given.slice(at + 2)]
try {
  if (id?.startsWith('-'))
    throw new Error('Name the deck first: npm run dev -- <deck> [--variant <variant>]')
  if (!id)
    throw new Error(`Name the deck to open: npm run dev -- <deck>. The decks: ${decksIn().map(d => d.id).join(', ')}.`)
  const deck = deckNamed(id)
  const article = await deckArticle(deck)
  const entry = await writeEntry(deck, variant ?? article.deck.variants[0].id)
  const child = spawn(join(ROOT, 'node_modules/.bin/slidev'), [entry, '--open', ...rest], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...deckEnv(deck) } })
  child.on('exit', code => process.exit(code ?? 0))
}
catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
