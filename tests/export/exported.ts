// The real `npm run export` of every deck, made once per test run for every export suite
// (each used to run its own). The first suite to ask starts it (export-run.ts); this
// global setup gives the run its folder and, at the end, stops an export still running
// and removes the folder.
import type { TestProject } from 'vitest/node'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'

declare module 'vitest' {
  export interface ProvidedContext { exportWork: string }
}

export default function exportFolder(project: TestProject): () => void {
  const work = mkdtempSync(join(tmpdir(), 'deck-export-'))
  project.provide('exportWork', work)
  return () => {
    const pid = join(work, 'pid')
    if (existsSync(pid)) {
      try {
        // The export and its Chromium are one process group (export-run.ts starts it detached).
        process.kill(-Number(readFileSync(pid, 'utf8')), 'SIGTERM')
      }
      catch {}
    }
    rmSync(work, { recursive: true, force: true })
  }
}
