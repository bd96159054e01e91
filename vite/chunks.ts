import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
// What only slides load. Not data/, setup/, styles/ or slide-top.vue: the app's entry
// loads those at once, and a chunk the entry imports would put its components' styles
// before the theme's in the stylesheet, where the theme's rules would win.
// (And the stand-ins of vite/lean-client.ts: a few bytes each, not worth a request.)
// `.deck.` is each variant's entry (scripts/lib/entry.ts).
const SLIDE_CODE = ['components/', 'charts/', 'diagrams/', 'slides/', '.deck.', 'vite/stubs/']

/** The slides and the components they draw with: one request of some tens of kilobytes, not fifty. */
function slideCode(id: string): boolean {
  if (id.startsWith('/@slidev/slides/'))
    return true
  const path = id.split('?')[0]
  return path.startsWith(ROOT) && !path.includes('/node_modules/') && SLIDE_CODE.some(dir => path.slice(ROOT.length).startsWith(dir))
}

/**
 * How the built site is split into files. Slidev's own split gave each slide and each
 * component its own file (over eighty requests for a phone to make); this keeps the
 * slides together and leaves the rest to the bundler, Slidev's pages (print, 404) loading
 * on use.
 */
export const deckChunks = {
  groups: [{ name: 'slides', test: slideCode }],
}
