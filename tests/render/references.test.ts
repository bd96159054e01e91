// A slide that asks the deck's data for an id it lacks, or a part the deck does not have,
// stops `slidev build` with the file, the line, the component and the id, where it used to
// build an empty slide and exit 0.
import type { ScratchDeck } from '../scratch-deck'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildSite } from '../../scripts/lib/build'
import { ROOT } from '../../scripts/lib/deck'
import { LEAST_DECK } from '../least-deck'
import { scratchDeck } from '../scratch-deck'

const work = mkdtempSync(join(tmpdir(), 'deck-references-'))
const made: ScratchDeck[] = []
afterAll(() => {
  made.forEach(d => d.remove())
  rmSync(work, { recursive: true, force: true })
})

/** Builds a scratch deck's class variant; resolves to the error it fails with. */
async function failureOf(deck: ScratchDeck): Promise<string> {
  made.push(deck)
  const out = join(work, deck.id)
  const error = await buildSite({ out, base: '/', withNotes: false, deck, variant: deck.id.startsWith('bare') ? 'talk' : 'class', prerender: false }).then(() => undefined, (e: Error) => e)
  expect(existsSync(join(out, 'index.html')), 'no site is left behind').toBe(false)
  return String(error?.message)
}

describe('a slide naming what the deck lacks', () => {
  it('fails the build on an unknown id, naming the file, line, component and id', async () => {
    const deck = scratchDeck('unknown-id', { slideFiles: { 'class.md': '# Energy\n\n<KeyPoints section="energi" />\n' } })
    const file = relative(ROOT, join(deck.slides, 'class.md'))
    const message = await failureOf(deck)
    expect(message).toContain(`${file}:3: <KeyPoints section="energi" />: the deck has no section "energi"`)
  }, 180_000)

  it('fails the build on a part the deck does not have', async () => {
    const deck = scratchDeck('bare', {
      dataModule: `export default ${JSON.stringify(LEAST_DECK)}\n`,
      slideFiles: { 'talk.md': '# The bottom line\n\n<BottomLine />\n' },
    })
    const message = await failureOf(deck)
    expect(message).toContain(`${relative(ROOT, join(deck.slides, 'talk.md'))}:3: <BottomLine />: the deck has no briefing`)
  }, 180_000)
})
