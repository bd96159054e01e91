import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHROMIUM_ARGS, findChromium } from '../../vite/chromium'
import { runBin } from './run'

export interface LighthouseScores {
  /** Where the page ended up (a phone held upright goes on to the reading page). */
  url: string
  performance: number
  accessibility: number
}

/**
 * Lighthouse's performance and accessibility scores (0–100) for `url`, as its mobile
 * profile sees it (a phone with simulated slow 4G and a slower CPU), in the Chromium the
 * export uses. Only the benchmark runs it: scores are timings.
 */
export async function lighthouse(url: string): Promise<LighthouseScores> {
  const dir = await mkdtemp(join(tmpdir(), 'deck-lighthouse-'))
  try {
    const report = join(dir, 'report.json')
    await runBin('lighthouse', [url, '--quiet', '--only-categories=performance,accessibility', '--output=json', `--output-path=${report}`, `--chrome-flags=${['--headless', ...CHROMIUM_ARGS].join(' ')}`], { CHROME_PATH: findChromium() })
    const result = JSON.parse(await readFile(report, 'utf8')) as { finalDisplayedUrl: string, categories: Record<'performance' | 'accessibility', { score: number }> }
    return {
      url: result.finalDisplayedUrl,
      performance: Math.round(result.categories.performance.score * 100),
      accessibility: Math.round(result.categories.accessibility.score * 100),
    }
  }
  finally {
    await rm(dir, { recursive: true, force: true })
  }
}
