import type { DeckPlace } from './decks'
import { loadSlides } from './deck'
import { deckEnv, writeEntry } from './decks'
import { prerenderRoutes } from './prerender'
import { slideRoutes } from './route-page'
import { runBin } from './run'

export interface BuildOptions {
  out: string
  base: string
  withNotes: boolean
  deck: DeckPlace
  /** The deck's variant to build (deck.variants in its data). */
  variant: string
  /** Write each slide's drawn HTML into its route (default); off for a bare Slidev deck. */
  prerender?: boolean
  /**
   * The address the site will be hosted at, base path included, when known: the cover
   * and the last slide then carry a QR code to it, and the pages their canonical address.
   */
  url?: string
}

/**
 * `slidev build` of one variant of a deck, then each slide drawn into its route. Notes
 * and the presenter view are left out unless asked for.
 */
export async function buildSite({ out, base, withNotes, deck, variant, prerender = true, url }: BuildOptions): Promise<void> {
  const entry = await writeEntry(deck, variant)
  await runBin('slidev', [
    'build',
    entry,
    '--base',
    base,
    '--out',
    out,
    ...(withNotes ? [] : ['--without-notes']),
  ], { ...deckEnv(deck), DECK_SITE_URL: url ?? '' }, deck.root)
  if (!prerender)
    return
  const slides = await loadSlides(entry, deck.root)
  const aliases = Object.fromEntries(slides.map((s, i) => [i + 1, s.frontmatter.routeAlias as string | undefined]))
  await prerenderRoutes(out, base, slideRoutes(slides.length, aliases), url)
}
