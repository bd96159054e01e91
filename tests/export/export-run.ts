import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { inject } from 'vitest'

export interface ExportResult {
  out: string
  status: number
  stdout: string
  stderr: string
  /** The system's fonts as the export saw them. */
  fontconfig: string
}

/** The run's one export of every deck (started by exported.ts), once it has ended. */
export async function exportedDecks(): Promise<ExportResult> {
  const file = (name: string) => join(inject('exportWork'), name)
  // The status file appears, whole, once the export has ended.
  while (!existsSync(file('status')))
    await sleep(500)
  const read = (name: string) => readFileSync(file(name), 'utf8')
  return { out: file('out'), status: Number(read('status')), stdout: read('stdout'), stderr: read('stderr'), fontconfig: file('fonts.conf') }
}
