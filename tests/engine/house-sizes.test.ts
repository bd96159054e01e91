// The house rule (a codebase a newcomer can read): no function over 60 lines, no file in
// scripts/ over 200. A function longer than a screen is read in pieces that say nothing of
// what they do, and a long script hides which command it is; a function that grows past the
// limit is split into named steps, a script into modules of one job each.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/deck'
import { projectFiles } from './project-files'

const FUNCTION_LINES = 60
const SCRIPT_LINES = 200
const SOURCE = /\.(?:ts|mjs)$/

interface Measured { name: string, line: number, lines: number }

const hasBody = (node: ts.Node): node is ts.FunctionLikeDeclaration => ts.isFunctionLike(node) && 'body' in node && node.body !== undefined

/** What a reader would call a function: its own name, or that of what it is assigned to. */
function nameOf(node: ts.FunctionLikeDeclaration, source: ts.SourceFile): string {
  const named = node.name ?? (ts.isVariableDeclaration(node.parent) || ts.isPropertyAssignment(node.parent) ? node.parent.name : undefined)
  return named ? named.getText(source) : '(anonymous)'
}

/**
 * Each function with a body in `code`, from the line it starts on (its `export`, `async`, its
 * parameters) to its closing brace. A script held in a template string for a page to run is
 * text to the compiler, so it is measured as the page's code, not as ours.
 */
function functionsIn(path: string, code: string): Measured[] {
  const source = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true, path.endsWith('.mjs') ? ts.ScriptKind.JS : ts.ScriptKind.TS)
  const lineOf = (position: number) => source.getLineAndCharacterOfPosition(position).line + 1
  const found: Measured[] = []
  const visit = (node: ts.Node): void => {
    if (hasBody(node)) {
      const line = lineOf(node.getStart(source))
      found.push({ name: nameOf(node, source), line, lines: lineOf(node.getEnd()) - line + 1 })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

const files = projectFiles()
const sources = files.filter(f => SOURCE.test(f) && !f.startsWith('tests/'))
const lineCount = (file: string) => readFileSync(join(ROOT, file), 'utf8').replace(/\n$/, '').split('\n').length

describe('the house\'s sizes', () => {
  it('measures a function from its first line to its closing brace, and a page\'s script not at all', () => {
    const code = 'export function three(): void {\n  go()\n}\nconst arrow = async (a: number) =>\n  a\nconst PAGE = `(input) => {\n  return input\n}`\n'
    expect(functionsIn('example.ts', code)).toEqual([{ name: 'three', line: 1, lines: 3 }, { name: 'arrow', line: 4, lines: 2 }])
  })

  it('reads the project\'s own source', () => {
    expect(sources).toContain('charts/step-chart.ts')
    expect(sources.some(f => f.endsWith('.mjs'))).toBe(true)
    expect(sources.some(f => f.startsWith('node_modules/'))).toBe(false)
  })

  it(`has no function over ${FUNCTION_LINES} lines outside tests/`, () => {
    const long = sources.flatMap(file => functionsIn(file, readFileSync(join(ROOT, file), 'utf8'))
      .filter(f => f.lines > FUNCTION_LINES)
      .map(f => `${file}:${f.line} ${f.name} is ${f.lines} lines`))
    expect(long, `split each into named functions of at most ${FUNCTION_LINES} lines`).toEqual([])
  })

  it(`has no file in scripts/ over ${SCRIPT_LINES} lines`, () => {
    const long = files.filter(f => f.startsWith('scripts/'))
      .map(file => ({ file, lines: lineCount(file) }))
      .filter(f => f.lines > SCRIPT_LINES)
      .map(f => `${f.file} is ${f.lines} lines`)
    expect(long, `split each into modules of at most ${SCRIPT_LINES} lines`).toEqual([])
  })
})
