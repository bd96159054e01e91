// npm run bench: how long the deck takes to build and export here, and how many bytes a
// viewer downloads before the first slide shows, against the whole site. Timings live
// here, not in tests.
import { spawnSync } from 'node:child_process'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchChromium, openSlide, SLIDE_VIEWPORT } from './lib/browse'
import { buildSite } from './lib/build'
import { ROOT } from './lib/deck'
import { serveStatic } from './lib/serve'
import { listFiles } from './lib/zip'

const dir = await mkdtemp(join(tmpdir(), 'deck-bench-'))
const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`
try {
  let t = Date.now()
  const site = join(dir, 'site')
  await buildSite({ out: site, base: '/', withNotes: false })
  const buildSeconds = (Date.now() - t) / 1000

  const files = await listFiles(site)
  const siteBytes = (await Promise.all(files.map(f => stat(join(site, f)).then(s => s.size)))).reduce((a, b) => a + b, 0)

  const server = await serveStatic(site, '/')
  const browser = await launchChromium()
  const page = await browser.newPage({ viewport: SLIDE_VIEWPORT })
  let firstSlideBytes = 0
  page.on('response', async (r) => {
    firstSlideBytes += Number((await r.headerValue('content-length')) ?? 0) || (await r.body().catch(() => Buffer.alloc(0))).length
  })
  t = Date.now()
  await openSlide(page, server.url, 1)
  const firstSlideMs = Date.now() - t
  await browser.close()
  await server.close()

  t = Date.now()
  const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/export.ts'), '--out', join(dir, 'out')], { cwd: ROOT, encoding: 'utf8' })
  const exportSeconds = (Date.now() - t) / 1000
  if (run.status !== 0)
    throw new Error(`export failed:\n${run.stderr}`)
  const steps = run.stdout.split('\n').filter(l => l.includes('✓'))

  console.log(`site build              ${buildSeconds.toFixed(1)} s`)
  console.log(`site size               ${kib(siteBytes)} in ${files.length} files`)
  console.log(`first slide, local      ${kib(firstSlideBytes)} fetched, shown in ${firstSlideMs} ms`)
  console.log(`full export             ${exportSeconds.toFixed(1)} s`)
  for (const s of steps)
    console.log(`  ${s.trim()}`)
}
finally {
  await rm(dir, { recursive: true, force: true })
}
