import { rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import process from 'node:process'

/** A sibling temporary path: renaming it over the target is atomic on one filesystem. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.tmp-${process.pid}-${basename(target)}`)
}

/**
 * Runs `write` against a temporary path and moves the result into place only when
 * `write` (and `check`) succeed, so a failed run never replaces a good file with a
 * broken one. Works for files and directories.
 */
export async function writeAtomically(target: string, write: (tmp: string) => Promise<void>, check?: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = tempPathFor(target)
  await rm(tmp, { recursive: true, force: true })
  try {
    await write(tmp)
    await check?.(tmp)
    await moveOver(tmp, target)
  }
  catch (error) {
    await rm(tmp, { recursive: true, force: true })
    throw error
  }
}

/** Moves `from` to `target`, replacing whatever stood there, file or folder. */
export async function moveOver(from: string, target: string): Promise<void> {
  const old = `${tempPathFor(target)}.old`
  await rm(old, { recursive: true, force: true })
  await rename(target, old).catch(() => undefined)
  await rename(from, target)
  await rm(old, { recursive: true, force: true })
}
