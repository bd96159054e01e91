// Someone with a new article: in a plain clone, `npm run new -- demo --title Demo`, then
// `npm run export -- --deck demo`, and every output of the new deck is there, made from
// its data alone.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { plainClone } from './plain-copy'

// Without the test runner's NODE_ENV, which would make the build ship Vue's development copy.
const { NODE_ENV: _test, ...env } = process.env
const npm = (repo: string, ...args: string[]) => spawnSync('npm', ['run', '--silent', ...args], { cwd: repo, encoding: 'utf8', env })

describe('a new deck from the scaffold, in a plain clone', () => {
  let parent: string
  let repo: string
  let made: ReturnType<typeof npm>
  let exported: ReturnType<typeof npm>

  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), 'new-deck-'))
    repo = await plainClone(parent)
    made = npm(repo, 'new', '--', 'demo', '--title', 'Demo')
    exported = npm(repo, 'export', '--', '--deck', 'demo')
  }, 400_000)
  afterAll(() => rm(parent, { recursive: true, force: true }))

  it('writes the data module and says where to go next', () => {
    expect(made.status, made.stderr).toBe(0)
    expect(readFileSync(join(repo, 'data/demo/index.ts'), 'utf8')).toContain('title: \'Demo\'')
    expect(made.stdout).toContain('npm run dev -- demo')
    expect(made.stdout).toContain('npm run export -- --deck demo')
  })

  it('exports every output of the deck at once, checked', () => {
    expect(exported.status, exported.stderr + exported.stdout.slice(-2000)).toBe(0)
    const out = join(repo, 'output/demo/talk')
    expect(readdirSync(out).sort()).toEqual(['demo-talk-site.zip', 'demo-talk.pdf', 'demo-talk.pptx', 'handout-briefing.pdf', 'handout-student.pdf', 'png', 'site'])
    expect(existsSync(join(out, 'site/index.html'))).toBe(true)
    expect(exported.stdout).toContain('No briefing note: the deck has no briefing in its data')
  })

  it('refuses a name already taken, and one that is no name, writing nothing', () => {
    const again = npm(repo, 'new', '--', 'demo', '--title', 'Other')
    expect(again.status).not.toBe(0)
    expect(again.stderr).toContain('data/demo/ already exists; nothing was written')
    expect(readFileSync(join(repo, 'data/demo/index.ts'), 'utf8')).toContain('title: \'Demo\'')
    const bad = npm(repo, 'new', '--', '../elsewhere', '--title', 'X')
    expect(bad.stderr).toMatch(/cannot name a deck: use kebab-case/)
    const reserved = npm(repo, 'new', '--', 'schema', '--title', 'X')
    expect(reserved.stderr).toMatch(/engine's own folder/)
  })
})
