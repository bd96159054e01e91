// The engine names no deck: no real deck's ids, as the code would quote them, and none of
// its proper names appear in the engine's folders. A deck is its data and its slides; an
// article's words in a component, a script or a plugin would follow it into every deck.
import type { Article } from '../../data/schema'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/deck'
import { deckArticle, decksIn } from '../../scripts/lib/decks'
import { scaffoldData } from '../../scripts/lib/scaffold'

const ENGINE = ['components', 'charts', 'diagrams', 'data', 'scripts', 'vite', 'setup', 'styles', 'timing', 'public', 'patches', 'slide-top.vue', 'custom-nav-controls.vue', 'vite.config.ts']
const decks = decksIn()

function files(path: string, skip: ReadonlySet<string>): string[] {
  if (skip.has(path))
    return []
  if (!statSync(path).isDirectory())
    return [path]
  return readdirSync(path).flatMap(f => files(join(path, f), skip))
}
// Each deck's own data folder is the deck, not the engine.
const engineFiles = ENGINE.flatMap(p => files(join(ROOT, p), new Set(decks.map(d => d.data))))

/**
 * The ids a deck's data gives, but not its variants' (class, briefing), which name what
 * the engine's outputs are for too (the briefing handout, the class lesson's quiz).
 */
function idsOf(deckId: string, a: Readonly<Article>): string[] {
  const ids = (items: readonly { id: string }[]) => items.map(i => i.id)
  return [
    deckId,
    ...ids(a.source.sections),
    ...ids(a.points),
    ...ids(a.lists),
    ...ids(a.diagrams),
    ...a.diagrams.flatMap(d => d.kind === 'sequence' ? ids(d.steps) : d.kind === 'actors' ? [...ids(d.actors), ...ids(d.flows)] : ids(d.areas)),
    ...ids(a.steps?.items ?? []),
    ...ids(a.series),
    ...ids(a.context),
    ...ids(a.assessments),
    ...ids(a.prompts),
    ...ids(a.faq),
    ...ids(a.deck.tracks),
  ]
}

/** The names a deck's data gives: its outlet, its actors, and the capitalised words of its titles after their first. */
function namesOf(a: Readonly<Article>): string[] {
  const capitalised = (title: string) => title.split(/[\s,:;()]+/).slice(1).filter(w => /^[A-Z][\w.]{2,}$/.test(w))
  return [
    a.source.outlet,
    ...a.diagrams.flatMap(d => d.kind === 'actors' ? d.actors.map(x => x.name) : []),
    ...capitalised(a.deck.title),
    ...capitalised(a.source.title),
  ]
}

// What `npm run new` writes is the engine's, until the author replaces it.
const scaffold = scaffoldData({ title: '', today: '2000-01-01', month: 'January 2000' })

describe.each(decks.map(d => d.id))('the engine and the %s deck', (id) => {
  it('holds none of the deck\'s ids, quoted as code would quote them, nor its names', async () => {
    const a = await deckArticle(decks.find(d => d.id === id)!)
    const quoted = new Set(idsOf(id, a).flatMap(x => [`'${x}'`, `"${x}"`, `\`${x}\``]).filter(q => !scaffold.includes(q)))
    const names = [...new Set(namesOf(a))].filter(n => !scaffold.includes(n))
    const found = engineFiles.flatMap((file) => {
      const text = readFileSync(file, 'utf8')
      return [
        ...[...quoted].filter(q => text.includes(q)),
        ...names.filter(n => new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text)),
      ].map(w => `${relative(ROOT, file)}: ${w}`)
    })
    expect(found).toEqual([])
  })
})
