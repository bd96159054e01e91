// Journey: someone presses Ctrl+C while the export is halfway through. The previous run's
// files must all still be there, unreplaced, and nothing of the stopped run left beside them.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/deck'
import { deckArticle, decksIn } from '../../scripts/lib/decks'

const deck = decksIn()[0]
const variant = (await deckArticle(deck)).deck.variants.at(-1)!.id
const name = `${deck.id}-${variant}`
const out = mkdtempSync(join(tmpdir(), 'deck-export-stopped-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

describe('an export stopped with Ctrl+C', () => {
  it('replaces nothing: the previous files stay, the stopped run leaves nothing behind', async () => {
    const folder = join(out, deck.id, variant)
    mkdirSync(join(folder, 'site'), { recursive: true })
    writeFileSync(join(folder, `${name}.pdf`), 'previous slides')
    writeFileSync(join(folder, 'site', 'index.html'), 'previous site')
    const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/export.ts'), '--deck', deck.id, '--variant', variant, '--out', out], { cwd: ROOT })
    let said = ''
    child.stderr.setEncoding('utf8').on('data', (d: string) => said += d)
    // Stopped once the new site and its zip are made, as they used to be put in place.
    const ended = new Promise<number | null>(ok => child.on('exit', code => ok(code)))
    await new Promise<void>((ok, fail) => {
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        said += d
        if (said.includes('✓ Zip the site'))
          ok()
      })
      child.on('exit', () => fail(new Error(`the export ended before it zipped the site:\n${said}`)))
    })
    child.kill('SIGINT')
    expect(await ended).toBe(130)
    expect(said).toMatch(/Stopped \(SIGINT\); nothing in .* was replaced/)
    expect(readdirSync(out)).toEqual([deck.id])
    expect(readdirSync(folder).sort()).toEqual([`${name}.pdf`, 'site'])
    expect(readFileSync(join(folder, `${name}.pdf`), 'utf8')).toBe('previous slides')
    expect(readdirSync(join(folder, 'site'))).toEqual(['index.html'])
    expect(readFileSync(join(folder, 'site', 'index.html'), 'utf8')).toBe('previous site')
  }, 300_000)
})
