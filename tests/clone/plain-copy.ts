import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { copyFile, mkdir, symlink } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { ROOT } from '../../scripts/lib/deck'

const git = (...args: string[]) => promisify(execFile)('git', args, { cwd: ROOT })

/**
 * The repository as a plain clone would have it, in `into`/repo: its files (tracked, plus
 * new ones not ignored, as the next commit would carry them), and node_modules linked,
 * since installing is npm's business, not ours.
 */
export async function plainClone(into: string): Promise<string> {
  const repo = join(into, 'repo')
  const { stdout } = await git('ls-files', '-co', '--exclude-standard', '-z')
  // A tracked file deleted in the working tree is not in the next commit either.
  for (const file of stdout.split('\0').filter(f => f && existsSync(join(ROOT, f)))) {
    await mkdir(dirname(join(repo, file)), { recursive: true })
    await copyFile(join(ROOT, file), join(repo, file))
  }
  await symlink(join(ROOT, 'node_modules'), join(repo, 'node_modules'), 'dir')
  return repo
}
