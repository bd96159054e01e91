import { join } from 'node:path'
import { ROOT } from './deck'
import { runBin } from './run'

export interface BuildOptions {
  out: string
  base: string
  withNotes: boolean
  /** A project folder other than this one (tests build altered copies). */
  root?: string
}

/** `slidev build` of the deck: notes and the presenter view are left out unless asked for. */
export async function buildSite({ out, base, withNotes, root = ROOT }: BuildOptions): Promise<void> {
  await runBin('slidev', [
    'build', join(root, 'slides.md'), '--base', base, '--out', out,
    ...(withNotes ? [] : ['--without-notes']),
  ], {}, root)
}
