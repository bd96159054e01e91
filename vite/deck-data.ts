import type { Plugin } from 'vite'
import type { Article } from '../data/schema'
import { existsSync } from 'node:fs'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'
import { validateArticle } from '../data/validate'
import { clientData } from './client-data'

// Which deck a Slidev run shows is the folder of its data module, in DECK_DATA: the
// engine's scripts (npm run dev, build, export) set it from `--deck`, so the engine's
// code names no deck, and two decks can build side by side.
export const DECK_DATA_ENV = 'DECK_DATA'
const ID = 'virtual:deck-data'
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

export class DeckChoiceError extends Error {}

/** The chosen deck's data folder, or an error saying how to choose one. */
export function chosenDeckData(env: NodeJS.ProcessEnv): string {
  const given = env[DECK_DATA_ENV]?.trim()
  if (!given)
    throw new DeckChoiceError(`No deck chosen (${DECK_DATA_ENV} is not set). Start a deck with \`npm run dev -- <deck>\`, or build one with \`npm run build -- --deck <deck>\`.`)
  const dir = isAbsolute(given) ? given : resolve(ROOT, given)
  if (!existsSync(join(dir, 'index.ts')))
    throw new DeckChoiceError(`${DECK_DATA_ENV}=${given}: there is no deck data module (index.ts) in ${dir}`)
  return dir
}

/** A deck's data module as its author wrote it (unvalidated), loaded in Node. */
export async function importDeckData(dir: string): Promise<unknown> {
  const mod = await tsImport(join(dir, 'index.ts'), import.meta.url) as { default?: unknown }
  if (mod.default === undefined)
    throw new DeckChoiceError(`${join(dir, 'index.ts')} has no default export; end it with \`export default defineDeck({ … })\``)
  return mod.default
}

/** The deck's data, validated: a broken field stops the build here, named. */
export async function loadDeckData(dir: string): Promise<Readonly<Article>> {
  const raw = await importDeckData(dir)
  try {
    return validateArticle(raw)
  }
  catch (error) {
    if (error instanceof Error)
      error.message = `${join(dir, 'index.ts')}: ${error.message}`
    throw error
  }
}

/**
 * `virtual:deck-data` is the chosen deck's data. In a build, the data as validated in
 * Node (defaults filled in), written out as JSON with only what slides read (client-data.ts):
 * the site is spared zod and a second parse (data/prevalidated.ts only freezes it). In dev, the data module itself, so an
 * edit hot-reloads and is validated in the browser.
 */
export function deckData(dir: string, article: Readonly<Article>): Plugin {
  let build = false
  return {
    name: 'deck:data',
    enforce: 'pre',
    configResolved(config) {
      build = config.command === 'build'
    },
    resolveId: source => source === ID ? (build ? `\0${ID}` : join(dir, 'index.ts')) : undefined,
    load: id => id === `\0${ID}` ? `export default ${JSON.stringify(clientData(article))}\n` : undefined,
  }
}
