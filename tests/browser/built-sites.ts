// The class variant of the deck under test built once per test run, without and with notes, for every browser suite
// that opens it as it is (each used to build its own: six builds of one site, two of the
// other). Vitest runs this before the slow project's files and removes the sites after.
import type { TestProject } from 'vitest/node'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildSite } from '../../scripts/lib/build'
import { DECK } from '../deck-under-test'
import { BASE } from './base'

export interface BuiltSites {
  /** The public site: no notes, no presenter view. */
  plain: string
  /** With notes and the presenter view, as `npm run build` makes it. */
  notes: string
}

declare module 'vitest' {
  export interface ProvidedContext { builtSites: BuiltSites }
}

export default async function buildSitesOnce(project: TestProject): Promise<() => void> {
  const parent = mkdtempSync(join(tmpdir(), 'deck-sites-'))
  const sites: BuiltSites = { plain: join(parent, 'plain'), notes: join(parent, 'notes') }
  // Side by side: each build keeps about one core busy.
  await Promise.all([
    buildSite({ out: sites.plain, base: BASE, withNotes: false, deck: DECK, variant: 'class' }),
    buildSite({ out: sites.notes, base: BASE, withNotes: true, deck: DECK, variant: 'class' }),
  ])
  project.provide('builtSites', sites)
  return () => rmSync(parent, { recursive: true, force: true })
}
