// Drawing a diagram needs Chromium; without one the build stops with the export's own
// answer: what was looked for and what to install.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { ChromiumNotFoundError } from '../../vite/chromium'
import { renderDiagrams } from '../../vite/mermaid/render'

const cache = mkdtempSync(join(tmpdir(), 'deck-mermaid-nochrome-'))
const chromePath = process.env.CHROME_PATH

afterEach(() => {
  if (chromePath === undefined)
    delete process.env.CHROME_PATH
  else
    process.env.CHROME_PATH = chromePath
  rmSync(cache, { recursive: true, force: true })
})

it('stops, when a diagram must be drawn and no Chromium is found, saying what to install', async () => {
  process.env.CHROME_PATH = join(cache, 'no-such-chromium')
  const drawing = renderDiagrams([{ id: 'lonely', text: 'flowchart LR\n  a --> b', origin: 'slides/example.md:3' }], { cacheDir: cache })
  await expect(drawing).rejects.toThrow(ChromiumNotFoundError)
  await expect(drawing).rejects.toThrow(/sudo apt-get install -y chromium/)
})
