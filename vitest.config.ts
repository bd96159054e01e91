import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { configDefaults, defineConfig } from 'vitest/config'
import { deckAddress } from './vite/deck-address.ts'

// The tests that need a browser, a build, LibreOffice or an export; everything else is the
// fast suite (`npm run test:fast`), which a plain clone runs with no tool but Node.
const SLOW = ['tests/browser/**', 'tests/export/**', 'tests/clone/**', 'tests/render/**']

export default defineConfig({
  plugins: [vue(), deckAddress()],
  resolve: {
    alias: {
      // Drawing the data diagrams takes Chromium; the components' tests see a stand-in.
      'virtual:deck-diagrams': fileURLToPath(new URL('./tests/components/diagram-drawings.stub.ts', import.meta.url)),
      // The components show the deck the tests open (tests/deck-under-test.ts).
      'virtual:deck-data': fileURLToPath(new URL('./data/india-russia/index.ts', import.meta.url)),
    },
  },
  test: {
    // The export test drives real Chromium; keep it alone so it gets a full core.
    fileParallelism: true,
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'fast', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, ...SLOW] } },
      // The class deck is built once for the run, with and without notes (tests/browser/built-sites.ts).
      { extends: true, test: { name: 'slow', include: SLOW.map(dir => `${dir}/*.test.ts`), globalSetup: ['tests/browser/built-sites.ts'] } },
    ],
  },
})
