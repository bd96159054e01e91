import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../../scripts/lib/deck'

// The engine tests that read the whole project (the direction of imports, the house's sizes)
// read the same files.

const BUILT = new Set(['node_modules', 'dist', 'output'])

/**
 * The project's files as its next commit would carry them, so that a scratch folder git is
 * told to ignore counts for nothing; a copy without git (the plain-clone test's) has no other.
 * Paths are relative to the root; a file deleted but not yet staged is left out.
 */
export function projectFiles(): string[] {
  if (existsSync(join(ROOT, '.git'))) {
    const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' })
    return listed.split('\0').filter(f => f && existsSync(join(ROOT, f)))
  }
  const walk = (dir: string): string[] => readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap(e =>
    e.name.startsWith('.') || BUILT.has(e.name) ? [] : e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)])
  return walk('')
}
