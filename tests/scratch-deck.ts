// A deck made for one test: its own data module, its own slide files, or both, in .tmp/
// under the project (inside Vite's root, ignored by git); the deck under test lends
// whichever part is not given. `remove` takes it away with the entries written for it.
import type { DeckPlace } from '../scripts/lib/decks'
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { ROOT } from '../scripts/lib/deck'
import { DECK } from './deck-under-test'

export interface ScratchDeck extends DeckPlace { remove: () => void }

export function scratchDeck(name: string, parts: { dataModule?: string, slideFiles?: Record<string, string> }): ScratchDeck {
  const id = `${name}-${process.pid}`
  const folder = join(ROOT, '.tmp', id)
  const data = parts.dataModule === undefined ? DECK.data : join(folder, 'data')
  const slides = parts.slideFiles === undefined ? DECK.slides : join(folder, 'slides')
  if (parts.dataModule !== undefined) {
    mkdirSync(data, { recursive: true })
    writeFileSync(join(data, 'index.ts'), parts.dataModule)
  }
  for (const [file, text] of Object.entries(parts.slideFiles ?? {})) {
    mkdirSync(slides, { recursive: true })
    writeFileSync(join(slides, file), text)
  }
  return {
    id,
    root: ROOT,
    data,
    slides,
    remove: () => {
      rmSync(folder, { recursive: true, force: true })
      for (const f of readdirSync(ROOT).filter(f => f.startsWith(`.deck.${id}.`)))
        rmSync(join(ROOT, f), { force: true })
    },
  }
}
