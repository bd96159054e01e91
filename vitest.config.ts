import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { configDefaults, defineConfig } from 'vitest/config'
import { deckAddress } from './vite/deck-address.ts'

// The tests that need a browser, a build, LibreOffice or an export; everything else is the
// fast suite (`npm run test:fast`), which a plain clone runs with no tool but Node.
const EXPORT = 'tests/export/**'
const SLOW = ['tests/browser/**', EXPORT, 'tests/clone/**', 'tests/render/**']

export default defineConfig({
  plugins: [vue(), deckAddress()],
  resolve: {
    alias: {
      // Drawing the data diagrams takes Chromium; the components' tests see a stand-in.
      'virtual:deck-diagrams': fileURLToPath(new URL('./tests/components/diagram-drawings.stub.ts', import.meta.url)),
      // The components show the engine's neutral fixture deck (tests/fixture-deck.ts), not an article's.
      'virtual:deck-data': fileURLToPath(new URL('./tests/fixture-deck/data/index.ts', import.meta.url)),
    },
  },
  test: {
    // Test files run side by side, one per core; the slow ones share their builds and export.
    fileParallelism: true,
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'fast', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, ...SLOW] } },
      // The class deck is built once for the run, with and without notes (tests/browser/built-sites.ts).
      { extends: true, test: { name: 'slow', include: SLOW.filter(dir => dir !== EXPORT).map(dir => `${dir}/*.test.ts`), globalSetup: ['tests/browser/built-sites.ts'] } },
      // Every deck is exported once for the run, in the background (tests/export/exported.ts).
      { extends: true, test: { name: 'export', include: [`${EXPORT}/*.test.ts`], globalSetup: ['tests/export/exported.ts'] } },
    ],
  },
})
