import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const patchedMenuButton = fileURLToPath(new URL('./patches/MenuButton.vue', import.meta.url))

// Merged into Slidev's own Vite config. Slidev is pinned (53.0.0) because this reaches
// into its internals; the browser suite's axe check fails if the patch stops applying.
export default defineConfig({
  plugins: [{
    name: 'deck:accessible-menu-button',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './MenuButton.vue' && importer?.includes('@slidev/client/internals/'))
        return patchedMenuButton
    },
  }],
})
