import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { freshnessWarning, maxAgeFromEnv, todayIso } from './data/freshness'
import { allDiagrams } from './diagrams'
import { deckChunks } from './vite/chunks'
import { deckAddress } from './vite/deck-address'
import { chosenDeckData, deckData, loadDeckData } from './vite/deck-data'
import { fontPreload } from './vite/font-preload'
import { addContentSecurityPolicy, addLoadingNote, addTouchNav, oneCharsetDeclaration, unquoteMetaValues } from './vite/index-html'
import { leanClient } from './vite/lean-client'
import { dataDiagrams } from './vite/mermaid/data-diagrams'

// Slidev features switched differently from its headmatter settings: /print in the built
// site too (the export prints the slides PDF from it, and anyone can print the hosted
// deck from it); and no presenter view in a site built `--without-notes`, the public
// one, where it would only show "No notes.".
const features: Record<string, string> = {
  __SLIDEV_FEATURE_PRINT__: 'true',
  ...(process.argv.includes('--without-notes') ? { __SLIDEV_FEATURE_PRESENTER__: 'false' } : {}),
}
const patchedMenuButton = fileURLToPath(new URL('./patches/MenuButton.vue', import.meta.url))
const prevalidated = fileURLToPath(new URL('./data/prevalidated.ts', import.meta.url))
const currentDeck = fileURLToPath(new URL('./data/current.ts', import.meta.url))
// The deck this run shows (DECK_DATA, set by the engine's scripts), validated in Node.
const deckDir = chosenDeckData(process.env)
const article = await loadDeckData(deckDir)

// Merged into Slidev's own Vite config.
export default defineConfig({
  // Found only when a slide's component loads, zod would make the dev server re-optimise
  // and reload the page mid-export (`slidev export` renders through it). Pre-bundle it.
  optimizeDeps: { include: ['zod'] },
  define: features,
  build: {
    // One stylesheet: per-chunk ones were twenty more requests for a few hundred bytes each.
    cssCodeSplit: false,
    sourcemap: !!process.env.DECK_SOURCEMAP,
    rolldownOptions: { output: { codeSplitting: deckChunks } },
  },
  plugins: [
    deckData(deckDir, article),
    deckAddress(),
    dataDiagrams(() => allDiagrams(article)),
    leanClient(),
    fontPreload(),
    {
      // Slidev writes its own flag values into .vue files before Vite's `define` runs;
      // this runs first, so templates see the same flags as scripts.
      name: 'deck:feature-flags-in-vue',
      enforce: 'pre',
      transform(code, id) {
        if (!/\.vue(?:$|\?)/.test(id))
          return
        const flagged = Object.entries(features).reduce((text, [flag, value]) => text.replaceAll(flag, value), code)
        return flagged === code ? undefined : flagged
      },
    },
    {
      // Slidev is pinned (53.0.0) because this reaches into its internals; the browser
      // suite's axe check fails if the patch stops applying.
      name: 'deck:accessible-menu-button',
      enforce: 'pre',
      resolveId(source, importer) {
        if (source === './MenuButton.vue' && importer?.includes('@slidev/client/internals/'))
          return patchedMenuButton
      },
    },
    {
      // Loading the deck above validated it in Node (a broken field stops the build there),
      // and the site gets the validated data (vite/deck-data.ts): it skips zod, most of the
      // data chunk on the first slide. Dev keeps validating in the browser.
      name: 'deck:data-validated-at-build',
      apply: 'build',
      enforce: 'pre',
      resolveId(source, importer) {
        if (source === './validate' && importer && currentDeck === importer.split('?')[0])
          return prevalidated
      },
    },
    {
      // Slidev writes headmatter values as JSON strings (`content="&quot;…&quot;"`), so
      // a shared link shows the quotes, and a second charset declaration; and until the
      // code runs, the page is blank.
      name: 'deck:index-html',
      transformIndexHtml: {
        order: 'post',
        // The policy goes on the built page only: the dev server runs Vite's inline client.
        handler: (html, { server }) => {
          const mended = addTouchNav(addLoadingNote(unquoteMetaValues(oneCharsetDeclaration(html))))
          return server ? mended : addContentSecurityPolicy(mended)
        },
      },
    },
    {
      // A dated news deck goes stale: say so at every build, dev start and export.
      name: 'deck:freshness',
      buildStart() {
        const warning = freshnessWarning(article.meta.verifiedOn, todayIso(), maxAgeFromEnv(process.env))
        if (warning)
          this.warn(warning)
      },
    },
  ],
})
