// npm run bench [-- --deck <deck>]: a deck's first variant (the first deck when none is
// named) beside a bare Slidev deck built by the same Slidev, in one run, on a throttled
// phone profile (4× CPU, DevTools' Fast 3G; three runs each, medians), with the ratios
// issue 11 sets as targets; Lighthouse's mobile scores; then the site's size and how long
// the build and the export of every deck take here. Timings live here, not in tests.
import type { ThrottledLoad } from './lib/throttled'
import { spawnSync } from 'node:child_process'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { diagramById } from '../diagrams'
import { launchChromium } from './lib/browse'
import { buildSite } from './lib/build'
import { loadSlides, ROOT } from './lib/deck'
import { deckArticle, deckNamed, decksIn, writeEntry } from './lib/decks'
import { lighthouse } from './lib/lighthouse'
import { openThrottled } from './lib/throttled'
import { buildBareDeck, loadSettled } from './lib/weight'
import { listFiles } from './lib/zip'
import { serveStatic } from './offline/serve.mjs'

const RUNS = 3
const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

const { values } = parseArgs({ options: { deck: { type: 'string' } } })
const deck = values.deck ? deckNamed(values.deck) : decksIn()[0]
const article = await deckArticle(deck)
const variant = article.deck.variants[0].id
const slides = await loadSlides(await writeEntry(deck, variant))
// The first slide that draws a data diagram, and which.
const diagramSlide = slides.findIndex(s => s.content.includes('<ArticleDiagram id="')) + 1
const diagramId = slides[diagramSlide - 1]?.content.match(/<ArticleDiagram id="([^"]+)"/)?.[1]

/** That diagram as a bare deck draws it: the same Mermaid text, drawn by Slidev's own Mermaid in the browser. */
function bareDiagramSlide(id: string): string {
  return ['# The diagram', '', '```mermaid', diagramById(article, id).mermaid, '```', ''].join('\n')
}

async function medianOf(run: () => Promise<ThrottledLoad>): Promise<ThrottledLoad> {
  const loads: ThrottledLoad[] = []
  for (let i = 0; i < RUNS; i++)
    loads.push(await run())
  const ms = median(loads.map(l => l.ms))
  return loads.find(l => l.ms === ms)!
}

const dir = await mkdtemp(join(tmpdir(), 'deck-bench-'))
try {
  let t = Date.now()
  const site = join(dir, 'site')
  await buildSite({ out: site, base: '/', withNotes: false, deck, variant })
  const buildSeconds = (Date.now() - t) / 1000
  const files = await listFiles(site)
  const siteBytes = (await Promise.all(files.map(f => stat(join(site, f)).then(s => s.size)))).reduce((a, b) => a + b, 0)
  const bare = join(dir, 'bare')
  await buildBareDeck(bare)
  const bareDiagram = join(dir, 'bare-diagram')
  if (diagramId)
    await buildBareDeck(bareDiagram, '/', [bareDiagramSlide(diagramId)])

  const browser = await launchChromium()
  const first = {
    ours: await medianOf(() => openThrottled(browser, site, '', '.slidev-page-1 h1')),
    bare: await medianOf(() => openThrottled(browser, bare, '', '.slidev-page-1 h1')),
  }
  const diagram = diagramId && {
    ours: await medianOf(() => openThrottled(browser, site, `${diagramSlide}/`, `.slidev-page-${diagramSlide} [data-diagram] svg`)),
    bare: await medianOf(() => openThrottled(browser, bareDiagram, '2', '.slidev-page-2 svg')),
  }
  const settled = {
    ours: await loadSettled(browser, site, '/', '', { slow: true }),
    bare: await loadSettled(browser, bare, '/', '', { slow: true }),
  }
  await browser.close()
  const server = await serveStatic(site, '/')
  const scores = [await lighthouse(server.url), ...diagramId ? [await lighthouse(`${server.url}${diagramSlide}/`)] : []]
  await server.close()

  t = Date.now()
  const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/export.ts'), '--out', join(dir, 'out')], { cwd: ROOT, encoding: 'utf8' })
  const exportSeconds = (Date.now() - t) / 1000
  if (run.status !== 0)
    throw new Error(`export failed:\n${run.stderr}`)
  const steps = run.stdout.split('\n').filter(l => l.includes('✓'))

  const load = (l: ThrottledLoad) => `${(l.ms / 1000).toFixed(1)} s (${kib(l.bytes)}, ${l.requests} requests)`
  const row = (what: string, ours: number, bare: number, shown: [string, string], target: number) =>
    console.log(`${what.padEnd(34)}${shown[0].padEnd(30)}${shown[1].padEnd(30)}${`${(ours / bare).toFixed(2)}×`.padEnd(8)}≤ ${target}× ${ours / bare <= target ? 'met' : 'NOT MET'}`)
  console.log(`${deck.id}, ${variant} variant. Phone profile: 4× CPU, Fast 3G; medians of ${RUNS} runs.\n`)
  console.log(`${''.padEnd(34)}${'ours'.padEnd(30)}${'bare Slidev'.padEnd(30)}${'ratio'.padEnd(8)}target`)
  row('first slide visible', first.ours.ms, first.bare.ms, [load(first.ours), load(first.bare)], 0.4)
  if (diagram)
    row(`diagram slide (${diagramSlide}) opened cold`, diagram.ours.ms, diagram.bare.ms, [load(diagram.ours), load(diagram.bare)], 0.2)
  else
    console.log('diagram slide                     none: the variant draws no data diagram')
  row('bytes fetched once settled', settled.ours.bytes, settled.bare.bytes, [`${kib(settled.ours.bytes)}, ${settled.ours.requests} requests`, `${kib(settled.bare.bytes)}, ${settled.bare.requests} requests`], 0.5)
  const pages = files.filter(f => f.endsWith('.html')).length
  console.log(`\nsite                  ${kib(siteBytes)} in ${files.length} files: ${pages} pages, one per address, and ${files.length - pages} others (targets: 2048 KiB, 16 others)`)
  console.log('Lighthouse, mobile (targets: performance ≥ 95, accessibility 100)')
  for (const [i, s] of scores.entries())
    console.log(`  ${(i ? `/${diagramSlide}/` : '/').padEnd(6)} → ${new URL(s.url).pathname.padEnd(12)} performance ${s.performance}, accessibility ${s.accessibility}`)
  console.log(`site build            ${buildSeconds.toFixed(1)} s, each slide drawn into its route included`)
  console.log(`full export           ${exportSeconds.toFixed(1)} s, every deck (${decksIn().map(d => d.id).join(', ')})`)
  for (const s of steps)
    console.log(`  ${s.trim()}`)
}
finally {
  await rm(dir, { recursive: true, force: true })
}
