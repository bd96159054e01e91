import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { article } from './data'
import { freshnessWarning, maxAgeFromEnv, todayIso } from './data/freshness'

const patchedMenuButton = fileURLToPath(new URL('./patches/MenuButton.vue', import.meta.url))

// Merged into Slidev's own Vite config.
export default defineConfig({
  // Found only when a slide's component loads, zod would make Vite re-optimise and reload
  // the page mid-export (Slidev's PDF outline then misses slides). Pre-bundle it up front.
  optimizeDeps: { include: ['zod'] },
  // Slidev's /print route (every slide on one page) in the built site too: the export
  // prints the slides PDF from it, and anyone can print the hosted deck from it.
  define: { __SLIDEV_FEATURE_PRINT__: 'true' },
  plugins: [
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
