// The material we may not redistribute (the article's full text) and the research notes
// live outside the repository: in ../shared where the project is developed and in CI, in
// the folder DECK_SOURCE_DIR names elsewhere, and nowhere in a plain clone. Checks that
// need it ask here, and get the text or the reason it is missing.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { ROOT } from './deck'

export type Material = { text: string, missing?: undefined } | { text?: undefined, missing: string }

/** Where the material is looked for, and how a message should name that place. */
function sharedFolder(): { dir: string, shown: string } {
  const setting = process.env.DECK_SOURCE_DIR
  return setting ? { dir: resolve(ROOT, setting), shown: resolve(ROOT, setting) } : { dir: resolve(ROOT, '../shared'), shown: '../shared' }
}

function missing(what: string): Material {
  return { missing: `${what} not found; set DECK_SOURCE_DIR to a folder laid out like shared/ to run this check` }
}

/** source/article.txt: the article the deck presents. */
export function articleText(): Material {
  const { dir, shown } = sharedFolder()
  const file = join(dir, 'source/article.txt')
  return existsSync(file) ? { text: readFileSync(file, 'utf8') } : missing(`${shown}/source/article.txt`)
}

/** research/*.md, one after another: the fact-check and its later updates. */
export function researchNotes(): Material {
  const { dir, shown } = sharedFolder()
  const folder = join(dir, 'research')
  const notes = existsSync(folder) ? readdirSync(folder).filter(f => f.endsWith('.md')).sort() : []
  if (!notes.length)
    return missing(`${shown}/research/*.md`)
  return { text: notes.map(f => readFileSync(join(folder, f), 'utf8')).join('\n') }
}
