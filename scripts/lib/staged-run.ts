import { rmSync } from 'node:fs'
import { mkdir, readdir, rm } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import process from 'node:process'
import { moveOver } from './atomic'

// An export writes a whole run into a staging folder inside the output folder and moves
// its files into place only once every output has passed its check. A run that fails, or
// is interrupted (Ctrl+C), replaces nothing: the output folder keeps the previous run's
// files, all from one run.

const PREFIX = '.export-run-'

export interface StagedRun {
  /** Where this run writes; the output folder's layout, below it. */
  dir: string
  /** Moves each staged path to its place in the output folder; returns those places. */
  publish: (staged: string[]) => Promise<string[]>
  /** Removes the staging folder, whatever is left in it. */
  discard: () => Promise<void>
}

function alive(pid: number) {
  try {
    process.kill(pid, 0)
    return true
  }
  catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Removes what runs killed outright (no chance to clean up) left behind. */
async function removeAbandoned(outDir: string): Promise<void> {
  for (const name of await readdir(outDir)) {
    const pid = Number(name.slice(PREFIX.length))
    if (name.startsWith(PREFIX) && !alive(pid))
      await rm(join(outDir, name), { recursive: true, force: true })
  }
}

export async function stageRun(outDir: string): Promise<StagedRun> {
  await removeAbandoned(outDir)
  const dir = join(outDir, `${PREFIX}${process.pid}`)
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  const interrupted = (signal: NodeJS.Signals) => {
    rmSync(dir, { recursive: true, force: true })
    console.error(`\n✗ Stopped (${signal}); nothing in ${outDir} was replaced.`)
    process.exit(signal === 'SIGINT' ? 130 : 143)
  }
  process.once('SIGINT', interrupted)
  process.once('SIGTERM', interrupted)
  const discard = async () => {
    process.off('SIGINT', interrupted)
    process.off('SIGTERM', interrupted)
    await rm(dir, { recursive: true, force: true })
  }
  const publish = async (staged: string[]) => {
    const places = staged.map(path => join(outDir, relative(dir, path)))
    for (const [i, path] of staged.entries()) {
      await mkdir(dirname(places[i]), { recursive: true })
      await moveOver(path, places[i])
    }
    return places
  }
  return { dir, publish, discard }
}
