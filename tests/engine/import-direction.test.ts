// Imports run one way. The tests read the project, never the other way round: a helper the
// scripts need lives in scripts/lib/ (or data/), and the tests import it from there. The
// build's plugins (vite/, vite.config.ts) and the pure builders (data/, charts/, diagrams/)
// run where the export's scripts are not loaded, so they import nothing from scripts/.
import { readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/deck'
import { projectFiles } from './project-files'

const SOURCE = /\.(?:ts|vue|mjs)$/

/** Each module a file imports, re-exports or loads, by the specifier it writes. */
const specifiers = (code: string) => Array.from(code.matchAll(/\b(?:from|import)\s*(?:\(\s*)?(['"])([^'"\n]+)\1/g), m => m[2])

/** The project folder a path is in ('tests', 'scripts', …), or the file's own name at the root. */
const folderOf = (path: string) => path.split(sep)[0]

const sources = projectFiles().filter(f => SOURCE.test(f))
const imports = sources.flatMap(file => specifiers(readFileSync(join(ROOT, file), 'utf8'))
  // Packages and virtual modules ('vue', 'virtual:deck-data') are in no folder of ours.
  .filter(s => s.startsWith('.'))
  .map(specifier => ({ file, specifier, target: folderOf(relative(ROOT, resolve(ROOT, dirname(file), specifier))) })))

const RULES = [
  { rule: 'nothing outside tests/ imports from tests/', from: (folder: string) => folder !== 'tests', to: 'tests' },
  { rule: 'vite/ and vite.config.ts import nothing from scripts/', from: (folder: string) => ['vite', 'vite.config.ts'].includes(folder), to: 'scripts' },
  { rule: 'data/, charts/ and diagrams/ import nothing from scripts/', from: (folder: string) => ['data', 'charts', 'diagrams'].includes(folder), to: 'scripts' },
]

describe('the direction of imports', () => {
  it('reads the project\'s sources', () => {
    expect(sources).toContain(join('scripts', 'export.ts'))
    expect(sources).toContain('vite.config.ts')
    expect(imports.length).toBeGreaterThan(100)
  })

  it.each(RULES)('$rule', ({ from, to }) => {
    const wrong = imports.filter(i => from(folderOf(i.file)) && i.target === to)
    expect(wrong.map(i => `${i.file}: import '${i.specifier}'`)).toEqual([])
  })
})
