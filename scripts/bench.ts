// npm run bench: how long the deck takes to build and export here, and how many bytes a
// viewer downloads before the first slide shows, against the whole site and against a
// bare one-slide Slidev deck built by the same Slidev (the baseline the deck's weight is
// held to); then the first slide and a diagram slide opened by address on a throttled
// phone profile. Timings live here, not in tests.
import { spawnSync } from 'node:child_process'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchChromium } from './lib/browse'
import { buildSite } from './lib/build'
import { loadSlides, ROOT } from './lib/deck'
import { openThrottled } from './lib/throttled'
import { buildBareDeck, loadFirstSlide } from './lib/weight'
import { listFiles } from './lib/zip'

const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`

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
  const ours = await loadFirstSlide(browser, site)
  const bare = await loadFirstSlide(browser, bareSite)
  const diagramSlide = (await loadSlides()).findIndex(s => s.content.includes('id="escalation"')) + 1
  const phone = {
    first: await openThrottled(browser, site, 1, 'h1'),
    bare: await openThrottled(browser, bareSite, 1, 'h1'),
    diagram: await openThrottled(browser, site, diagramSlide, '[data-diagram] svg'),
  }
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
  const throttled = (l: { ms: number, bytes: number, requests: number }) => `${(l.ms / 1000).toFixed(1)} s, ${kib(l.bytes)} in ${l.requests} requests`
  console.log(`phone (4× CPU, Fast 3G), opened by address:`)
  console.log(`  first slide           ${throttled(phone.first)}; ${(phone.first.ms / phone.bare.ms).toFixed(2)}× the bare deck's ${throttled(phone.bare)}`)
  console.log(`  diagram (slide ${diagramSlide})     ${throttled(phone.diagram)} until the escalation diagram shows`)
  console.log(`full export             ${exportSeconds.toFixed(1)} s`)
  for (const s of steps)
    console.log(`  ${s.trim()}`)
}
finally {
  await rm(dir, { recursive: true, force: true })
}
