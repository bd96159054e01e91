import type { TestSpecification } from 'vitest/node'
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { configDefaults, defineConfig } from 'vitest/config'
import { BaseSequencer } from 'vitest/node'
import { deckAddress } from './vite/deck-address.ts'

// The tests that need a browser, a build, LibreOffice or an export; everything else is the
// fast suite (`npm run test:fast`), which a plain clone runs with no tool but Node.
const EXPORT = 'tests/export/**'
const SLOW = ['tests/browser/**', EXPORT, 'tests/clone/**', 'tests/render/**']
const MOCKING = 'tests/components/*.test.ts'

/**
 * Vitest's order (projects by name, then the longest files first), but the export's suites
 * halfway through the slow ones: they wait for the run's one export, which starts with the
 * run and goes on beside the other suites. First in line they would hold a worker doing
 * nothing while it runs; last, they would run alone at the end.
 */
class ExportMidway extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const others = sorted.filter(f => f.project.name !== 'export')
    const firstSlow = others.findIndex(f => f.project.name === 'slow')
    const at = firstSlow < 0 ? others.length : firstSlow + Math.ceil((others.length - firstSlow) / 2)
    return [...others.slice(0, at), ...sorted.filter(f => f.project.name === 'export'), ...others.slice(at)]
  }
}

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
    // Three test files at a time: Vitest's default on a two-core machine is one (a core is
    // kept for itself), but a slow file's own process mostly waits, on a browser, Java or
    // npm, while the run's builds and export go on beside it. On two cores a run took 625 s
    // with two and 594 s with three.
    fileParallelism: true,
    maxWorkers: 3,
    sequence: { sequencer: ExportMidway },
    testTimeout: 20_000,
    // Opening a browser while the builds and the export keep both cores busy can take a while.
    hookTimeout: 60_000,
    // Test files share a worker's imports rather than each starting a process that imports
    // them again (about half the fast suite's time), except where a file swaps a module
    // for a stand-in (vi.mock): the component tests.
    isolate: false,
    projects: [
      { extends: true, test: { name: 'fast', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, ...SLOW, MOCKING] } },
      { extends: true, test: { name: 'components', include: [MOCKING], isolate: true } },
      // Every site the browser suites open is built once for the run (tests/browser/built-sites.ts).
      { extends: true, test: { name: 'slow', include: SLOW.filter(dir => dir !== EXPORT).map(dir => `${dir}/*.test.ts`), globalSetup: ['tests/browser/built-sites.ts'] } },
      // Every deck is exported once for the run, in the background from the start (tests/export/exported.ts).
      { extends: true, test: { name: 'export', include: [`${EXPORT}/*.test.ts`], globalSetup: ['tests/export/exported.ts'] } },
    ],
  },
})
