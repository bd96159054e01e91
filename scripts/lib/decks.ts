import type { Article, DeckVariant } from '../../data/schema'
import { randomUUID } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import process from 'node:process'
import { DECK_DATA_ENV, loadDeckData } from '../../vite/deck-data'
import { ROOT } from './deck'
import { defaultSlides } from './default-deck'
import { entryMarkdown, entryName } from './entry'
import { authoredList, generatedList } from './slide-list'

/** Where a deck lives: its data module's folder and its slides' folder, under a project root. */
export interface DeckPlace {
  id: string
  root: string
  data: string
  slides: string
}

export class DeckNotFoundError extends Error {}

/** A deck in the project: data/<id>/ and slides/<id>/. */
export const deckAt = (id: string, root = ROOT): DeckPlace => ({ id, root, data: join(root, 'data', id), slides: join(root, 'slides', id) })

/** Folders of data/ that are the engine's (the schema's parts), so no deck can take their names. */
export const ENGINE_DATA_FOLDERS: ReadonlySet<string> = new Set(['schema'])

/** Every deck in the project: each folder of data/ with a data module (index.ts), by name. */
export function decksIn(root = ROOT): DeckPlace[] {
  return readdirSync(join(root, 'data'), { withFileTypes: true })
    .filter(d => d.isDirectory() && !ENGINE_DATA_FOLDERS.has(d.name) && existsSync(join(root, 'data', d.name, 'index.ts')))
    .map(d => deckAt(d.name, root))
    .sort((a, b) => a.id.localeCompare(b.id))
}

/** The deck called `id`, or an error listing those there are. */
export function deckNamed(id: string, root = ROOT): DeckPlace {
  const found = decksIn(root).find(d => d.id === id)
  if (!found)
    throw new DeckNotFoundError(`There is no deck "${id}" (no data/${id}/index.ts). The decks: ${decksIn(root).map(d => d.id).join(', ') || 'none yet; make one with `npm run new -- <deck> --title "…"`'}.`)
  return found
}

/** The environment a Slidev run needs to show this deck (vite/deck-data.ts reads it). */
export const deckEnv = (deck: DeckPlace): Record<string, string> => ({ [DECK_DATA_ENV]: deck.data })

const loaded = new Map<string, Promise<Readonly<Article>>>()

/** The deck's data, validated (once per process). */
export function deckArticle(deck: DeckPlace): Promise<Readonly<Article>> {
  if (!loaded.has(deck.data))
    loaded.set(deck.data, loadDeckData(deck.data))
  return loaded.get(deck.data)!
}

/** One of the deck's variants, or an error listing them. */
export function variantNamed(article: Readonly<Article>, id: string): DeckVariant {
  const found = article.deck.variants.find(v => v.id === id)
  if (!found)
    throw new DeckNotFoundError(`The deck has no variant "${id}"; its variants: ${article.deck.variants.map(v => v.id).join(', ')}.`)
  return found
}

/** The author's slide files of a deck, by name without .md (none when it has no slide folder). */
const slideFiles = (deck: DeckPlace): string[] => existsSync(deck.slides) ? readdirSync(deck.slides).filter(f => f.endsWith('.md')).map(f => f.slice(0, -3)).sort() : []

/** The slide files the deck's variant lists import (`src: ./<file>.md`), by name. */
async function listed(deck: DeckPlace, lists: string[]): Promise<Set<string>> {
  const texts = await Promise.all(lists.map(l => readFile(join(deck.slides, `${l}.md`), 'utf8')))
  return new Set(texts.flatMap(t => Array.from(t.matchAll(/^src:\s*\.\/([^\s#]+)\.md/gm), m => m[1])))
}

/**
 * A variant's slides: the author's list in slides/<deck>/<variant>.md, or else the deck
 * made from the data, with the author's slide files in place of the parts they name and
 * any other slide file of theirs, but those another variant's list imports, before the sources.
 */
async function variantBlocks(deck: DeckPlace, article: Readonly<Article>, v: DeckVariant) {
  const fromRoot = (path: string) => `./${relative(deck.root, path).split('\\').join('/')}`
  const files = slideFiles(deck)
  if (files.includes(v.id))
    return authoredList(fromRoot(join(deck.slides, `${v.id}.md`)))
  const slides = defaultSlides(article)
  const parts = new Set(slides.map(s => s.part))
  const lists = article.deck.variants.map(x => x.id).filter(id => files.includes(id))
  const othersOwn = await listed(deck, lists)
  return generatedList(slides, {
    minutes: v.minutes,
    folder: fromRoot(deck.slides),
    authored: new Set(files.filter(f => parts.has(f))),
    extras: files.filter(f => !parts.has(f) && !lists.includes(f) && !othersOwn.has(f)).map(f => `${f}.md`),
  })
}

/**
 * Writes Slidev's entry for a variant at the deck's project root (see entry.ts) and
 * returns its path. Written under a temporary name and renamed, so builds of the same
 * variant side by side never read half a file.
 */
export async function writeEntry(deck: DeckPlace, variant: string): Promise<string> {
  const article = await deckArticle(deck)
  const v = variantNamed(article, variant)
  const entry = join(deck.root, entryName(deck.id, v.id))
  const text = entryMarkdown(article, deck.id, v, await variantBlocks(deck, article, v))
  if (await readFile(entry, 'utf8').catch(() => '') === text)
    return entry
  await mkdir(deck.root, { recursive: true })
  const tmp = `${entry}.${process.pid}-${randomUUID()}.tmp`
  await writeFile(tmp, text)
  await rename(tmp, entry)
  return entry
}
