// npm run bench: how long the deck takes to build and export here, and how many bytes a
// viewer downloads before the first slide shows, against the whole site and against a
// bare one-slide Slidev deck built by the same Slidev (the baseline the deck's weight is
// held to). Timings live here, not in tests.
import type { Browser } from 'playwright-core'
import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchChromium, openSlide, SLIDE_VIEWPORT } from './lib/browse'
import { buildSite } from './lib/build'
import { ROOT } from './lib/deck'
import { serveStatic } from './offline/serve.mjs'
import { listFiles } from './lib/zip'

const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`

/** Bytes fetched (uncompressed; the test server does not gzip) and time taken until slide 1 is drawn. */
async function firstSlide(browser: Browser, site: string): Promise<{ bytes: number, ms: number }> {
  const server = await serveStatic(site, '/')
  const page = await browser.newPage({ viewport: SLIDE_VIEWPORT })
  // Bodies arrive after their responses: count them all before closing the page.
  const sizes: Promise<number>[] = []
  page.on('response', r => sizes.push(r.body().then(b => b.length, () => 0)))
  const t = Date.now()
  await openSlide(page, server.url, 1)
  const ms = Date.now() - t
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0)
  await page.close()
  await server.close()
  return { bytes, ms }
}

/**
 * A one-slide deck on the default theme, fonts local: Slidev's own floor. It is built
 * inside the project (.tmp/, ignored by git) so it resolves the same installed Slidev.
 */
async function buildBareDeck(out: string): Promise<void> {
  const bare = join(ROOT, '.tmp', 'bench-bare')
  await mkdir(bare, { recursive: true })
  await writeFile(join(bare, 'slides.md'), '---\ntheme: default\nfonts:\n  provider: none\n---\n\n# Hello\n')
  try {
    await buildSite({ out, base: '/', withNotes: false, root: bare })
  }
  finally {
    await rm(bare, { recursive: true, force: true })
  }
}

const dir = await mkdtemp(join(tmpdir(), 'deck-bench-'))
try {
  let t = Date.now()
  const site = join(dir, 'site')
  await buildSite({ out: site, base: '/', withNotes: false })
  const buildSeconds = (Date.now() - t) / 1000
  const files = await listFiles(site)
  const siteBytes = (await Promise.all(files.map(f => stat(join(site, f)).then(s => s.size)))).reduce((a, b) => a + b, 0)

  const bareSite = join(dir, 'bare')
  await buildBareDeck(bareSite)
  const browser = await launchChromium()
  const ours = await firstSlide(browser, site)
  const bare = await firstSlide(browser, bareSite)
  await browser.close()

  t = Date.now()
  const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/export.ts'), '--out', join(dir, 'out')], { cwd: ROOT, encoding: 'utf8' })
  const exportSeconds = (Date.now() - t) / 1000
  if (run.status !== 0)
    throw new Error(`export failed:\n${run.stderr}`)
  const steps = run.stdout.split('\n').filter(l => l.includes('✓'))

  console.log(`site build              ${buildSeconds.toFixed(1)} s`)
  console.log(`site size               ${kib(siteBytes)} in ${files.length} files`)
  console.log(`first slide, local      ${kib(ours.bytes)} fetched, shown in ${ours.ms} ms`)
  console.log(`bare Slidev deck        ${kib(bare.bytes)} fetched, shown in ${bare.ms} ms; the first slide is ${(ours.bytes / bare.bytes).toFixed(2)}× that`)
  console.log(`full export             ${exportSeconds.toFixed(1)} s`)
  for (const s of steps)
    console.log(`  ${s.trim()}`)
}
finally {
  await rm(dir, { recursive: true, force: true })
}
