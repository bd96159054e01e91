// npm run new -- <deck> --title "…": a new deck's data module, data/<deck>/index.ts, with
// the least a deck needs (one section, one point, its source); the engine makes the whole
// deck from it, so it builds and exports at once. Prints where to go next.
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { MONTH_NAMES } from '../data/format'
import { todayIso } from '../data/freshness'
import { idSchema } from '../data/schema'
import { writeAtomically } from './lib/atomic'
import { ROOT } from './lib/deck'
import { ENGINE_DATA_FOLDERS } from './lib/decks'
import { scaffoldData } from './lib/scaffold'

try {
  const { values, positionals } = parseArgs({ options: { title: { type: 'string' } }, allowPositionals: true })
  const [id] = positionals
  if (!id || !values.title?.trim())
    throw new Error('Name the deck and give its title: npm run new -- <deck> --title "The deck\'s title"')
  if (!idSchema.safeParse(id).success)
    throw new Error(`"${id}" cannot name a deck: use kebab-case (a-z, 0-9, single hyphens), such as eo-14329`)
  if (ENGINE_DATA_FOLDERS.has(id))
    throw new Error(`data/${id}/ is the engine's own folder; choose another name for the deck`)
  const folder = join(ROOT, 'data', id)
  if (existsSync(folder))
    throw new Error(`${relative(ROOT, folder)}/ already exists; nothing was written. Choose another name, or edit that deck.`)
  const today = todayIso()
  const month = `${MONTH_NAMES[Number(today.slice(5, 7)) - 1]} ${today.slice(0, 4)}`
  await mkdir(join(ROOT, 'data'), { recursive: true })
  await writeAtomically(folder, async (tmp) => {
    await mkdir(tmp)
    await writeFile(join(tmp, 'index.ts'), scaffoldData({ title: values.title!.trim(), today, month }))
  })
  console.log(`✓ data/${id}/index.ts: a deck with one section and one point, which the engine makes into a whole deck.

Next:
  1. Edit data/${id}/index.ts: the article's source, its sections and its key points in your
     own words; add lists, steps, diagrams, series, dated context and claim checks as the
     article needs (data/schema/ says what each part holds; a broken field is named).
  2. npm run dev -- ${id}                  see the deck as you edit
  3. npm run export -- --deck ${id}        every output, into output/${id}/
  Your own slides: a file slides/${id}/<part>.md replaces that part of the made deck (cover,
  agenda, section-<id>, sources...), any other file there is added before the sources, and
  slides/${id}/<variant>.md, a list of slide files, replaces the made deck altogether.`)
}
catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
