// The real `npm run export` of every deck, made once per test run for every export suite
// (each used to run its own). Vitest runs this before the export project's files: it starts
// the export at once, beside the browser suites' builds (tests/browser/built-sites.ts), so
// the two cores stay busy; the suites wait for it (export-run.ts). At the end it stops an
// export still running and removes the folder.
import type { TestProject } from 'vitest/node'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { ROOT } from '../../scripts/lib/deck'
import { fontconfigWithout } from '../../scripts/lib/export-fonts'

/** The hosted address the export is given: each variant's QR code and canonical address. */
export const HOSTED = 'https://example.org/deck/'

/** Arial and its metric twins: the run's export is made where the system has none of them. */
export const ARIAL_TWINS = ['Arial', 'Liberation Sans', 'Helvetica']

declare module 'vitest' {
  export interface ProvidedContext { exportWork: string }
}

/**
 * Starts the export detached, as on a machine that skipped the Liberation fonts (the export
 * must bring what it measures in). It writes what it prints, then its exit status, to files
 * in `work`, so any test worker can wait for it.
 */
function startExport(work: string): void {
  const file = (name: string) => join(work, name)
  writeFileSync(file('fonts.conf'), fontconfigWithout(ARIAL_TWINS))
  const script = '"$0" "$1" --out "$2" --url "$3" >"$4" 2>"$5"; echo $? >"$6.part"; mv "$6.part" "$6"'
  const child = spawn('sh', ['-c', script, join(ROOT, 'node_modules/.bin/tsx'), join(ROOT, 'scripts/export.ts'), file('out'), HOSTED, file('stdout'), file('stderr'), file('status')], { cwd: ROOT, detached: true, stdio: 'ignore', env: { ...process.env, FONTCONFIG_FILE: file('fonts.conf') } })
  writeFileSync(file('pid'), String(child.pid))
  child.unref()
}

export default function exportOnce(project: TestProject): () => void {
  const work = mkdtempSync(join(tmpdir(), 'deck-export-'))
  project.provide('exportWork', work)
  startExport(work)
  return () => {
    const pid = join(work, 'pid')
    if (existsSync(pid)) {
      try {
        // The export and its Chromium are one process group (started detached).
        process.kill(-Number(readFileSync(pid, 'utf8')), 'SIGTERM')
      }
      catch {}
    }
    rmSync(work, { recursive: true, force: true })
  }
}
