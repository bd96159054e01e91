import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { setTimeout as sleep } from 'node:timers/promises'
import { inject } from 'vitest'
import { ROOT } from '../../scripts/lib/deck'
import { fontconfigWithout } from '../../scripts/lib/export-fonts'

/** The hosted address the export is given: each variant's QR code and canonical address. */
export const HOSTED = 'https://example.org/deck/'

/** Arial and its metric twins: the run's export is made where the system has none of them. */
export const ARIAL_TWINS = ['Arial', 'Liberation Sans', 'Helvetica']

export interface ExportResult {
  out: string
  status: number
  stdout: string
  stderr: string
  /** The system's fonts as the export saw them. */
  fontconfig: string
}

/**
 * The run's one export of every deck (see exported.ts): started by the first suite to ask,
 * awaited by every other. It writes what it prints and then its exit status to files, so
 * it runs on whichever test worker ends first. It runs as on a machine that skipped the
 * Liberation fonts: the export must bring what it measures in.
 */
export async function exportedDecks(): Promise<ExportResult> {
  const work = inject('exportWork')
  const file = (name: string) => join(work, name)
  try {
    // Made by exactly one caller: that one starts the export.
    mkdirSync(file('started'))
    writeFileSync(file('fonts.conf'), fontconfigWithout(ARIAL_TWINS))
    const script = '"$0" "$1" --out "$2" --url "$3" >"$4" 2>"$5"; echo $? >"$6.part"; mv "$6.part" "$6"'
    const child = spawn('sh', ['-c', script, join(ROOT, 'node_modules/.bin/tsx'), join(ROOT, 'scripts/export.ts'), file('out'), HOSTED, file('stdout'), file('stderr'), file('status')], { cwd: ROOT, detached: true, stdio: 'ignore', env: { ...process.env, FONTCONFIG_FILE: file('fonts.conf') } })
    writeFileSync(file('pid'), String(child.pid))
    child.unref()
  }
  catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
      throw error
  }
  // The status file appears, whole, once the export has ended.
  while (!existsSync(file('status')))
    await sleep(500)
  const read = (name: string) => readFileSync(file(name), 'utf8')
  return { out: file('out'), status: Number(read('status')), stdout: read('stdout'), stderr: read('stderr'), fontconfig: file('fonts.conf') }
}
