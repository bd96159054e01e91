import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildSite } from '../../scripts/lib/build'
import { serveStatic, type StaticServer } from '../../scripts/lib/serve'

export const BASE = '/deck/'

/** Builds the deck (or an altered copy of it) under a sub-path and serves it on 127.0.0.1. */
export async function builtDeck(options: { withNotes?: boolean, root?: string } = {}): Promise<StaticServer & { dir: string }> {
  const dir = join(mkdtempSync(join(tmpdir(), 'deck-site-')), 'site')
  await buildSite({ out: dir, base: BASE, withNotes: options.withNotes ?? false, root: options.root })
  const server = await serveStatic(dir, BASE)
  return { ...server, dir }
}
