import { join } from 'node:path'
import { loadSlides, ROOT } from './deck'
import { prerenderRoutes } from './prerender'
import { slideRoutes } from './route-page'
import { runBin } from './run'

export interface BuildOptions {
  out: string
  base: string
  withNotes: boolean
  /** A project folder other than this one (tests build altered copies). */
  root?: string
  /** Write each slide's drawn HTML into its route (default); off for a bare Slidev deck. */
  prerender?: boolean
  /** The variant's entry file in the project folder (default: the class deck, slides.md). */
  entry?: string
  /**
   * The address the site will be hosted at, base path included, when known: the cover
   * and the last slide then carry a QR code to it, and the pages their canonical address.
   */
  url?: string
}

/**
 * `slidev build` of the deck, then each slide drawn into its route. Notes and the
 * presenter view are left out unless asked for.
 */
export async function buildSite({ out, base, withNotes, root = ROOT, prerender = true, entry = 'slides.md', url }: BuildOptions): Promise<void> {
  await runBin('slidev', [
    'build',
    join(root, entry),
    '--base',
    base,
    '--out',
    out,
    ...(withNotes ? [] : ['--without-notes']),
  ], { DECK_SITE_URL: url ?? '' }, root)
  if (!prerender)
    return
  const slides = await loadSlides(join(root, entry))
  const aliases = Object.fromEntries(slides.map((s, i) => [i + 1, s.frontmatter.routeAlias as string | undefined]))
  await prerenderRoutes(out, base, slideRoutes(slides.length, aliases), url)
}
