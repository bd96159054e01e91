// A newcomer's journey: `git clone`, `npm ci`, then the fast suite (`npm run test:fast`),
// with nothing beside the repository (plain-copy.ts makes the clone).
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CommandError, runBin } from '../../scripts/lib/run'
import { plainClone } from './plain-copy'

interface JsonReport {
  numFailedTests: number
  numPassedTests: number
  testResults: { name: string, assertionResults: { ancestorTitles: string[], title: string, status: string }[] }[]
}

describe('a plain clone, with nothing beside it', () => {
  let parent: string
  let repo: string
  let output = ''
  let exitCode: number | null = 0
  let report: JsonReport

  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), 'plain-clone-'))
    repo = await plainClone(parent)
    const reportFile = join(parent, 'report.json')
    // DECK_SOURCE_DIR: undefined drops the caller's setting. The verbose reporter prints
    // each skipped test with its note, the JSON one says what ran; --no-cache keeps this run
    // from writing its timings into the linked node_modules, where the outer run keeps its own.
    const args = ['run', '--project', 'fast', '--no-cache', '--reporter=verbose', '--reporter=json', `--outputFile.json=${reportFile}`]
    try {
      output = await runBin('vitest', args, { DECK_SOURCE_DIR: undefined, NO_COLOR: '1' }, repo)
    }
    catch (error) {
      if (!(error instanceof CommandError))
        throw error
      output = error.output
      exitCode = error.code
    }
    report = JSON.parse(await readFile(reportFile, 'utf8')) as JsonReport
  }, 300_000)

  afterAll(() => rm(parent, { recursive: true, force: true }))

  const tests = () => report.testResults.flatMap(file => file.assertionResults.map(t => ({ file: file.name.slice(repo.length + 1), ...t })))

  it('has no ../shared to read from', () => {
    expect(existsSync(join(repo, '../shared'))).toBe(false)
    expect(existsSync(join(repo, 'package.json'))).toBe(true)
  })

  it('runs the fast suite green', () => {
    expect(exitCode, output.split('\n').filter(l => !l.includes('✓')).slice(-60).join('\n')).toBe(0)
    expect(report.numFailedTests).toBe(0)
    expect(report.numPassedTests).toBeGreaterThan(0)
  })

  it('skips the checks that need the article or the research notes, each naming its reason', () => {
    const skipped = tests().filter(t => t.status === 'skipped').map((t) => {
      const line = output.split('\n').find(l => l.includes('↓') && l.includes(`${t.file} > ${[...t.ancestorTitles, t.title].join(' > ')}`))
      return { file: t.file, title: t.title, note: line?.match(/\[([^\]]+)\]\s*$/)?.[1] }
    })
    expect(skipped.filter(t => !t.note), 'skipped without a reason').toEqual([])
    const needShared = skipped.filter(t => ['tests/decks/india-russia/content.test.ts', 'tests/decks/india-russia/paraphrase.test.ts', 'tests/decks/india-russia/context.test.ts'].includes(t.file))
    expect(new Set(needShared.map(t => t.file)).size).toBe(3)
    expect(needShared.filter(t => !/not found; set DECK_SOURCE_DIR/.test(t.note!))).toEqual([])
    // The default reporter names no skipped test; the reason is printed once per file instead.
    expect(output).toContain('../shared/source/article.txt not found')
    expect(output).toContain('../shared/research/*.md not found')
  })

  it('runs the fingerprint checks there', () => {
    const fingerprinted = tests().filter(t => t.ancestorTitles.some(a => a.includes('the committed fingerprint')))
    expect(fingerprinted.length).toBeGreaterThanOrEqual(3)
    expect(fingerprinted.filter(t => t.status !== 'passed')).toEqual([])
  })
})
