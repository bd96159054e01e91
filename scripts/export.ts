// npm run export: every output (see --help and scripts/outputs/) of every variant of the
// decks asked for. A run is staged and moved into the output folder only once every file
// passed its check; each output builds its file and checks it (scripts/outputs/<output>.ts).
import { access, constants, mkdir, readdir, stat } from 'node:fs/promises'
import { join, relative } from 'node:path'
import process from 'node:process'
import { freshnessWarning, todayIso } from '../data/freshness'
import { ChromiumNotFoundError, findChromium } from '../vite/chromium'
import { ROOT } from './lib/deck'
import { deckArticle, deckNamed, DeckNotFoundError, decksIn, variantNamed } from './lib/decks'
import { variantWhat } from './lib/entry'
import { MissingFontError, useExportFonts } from './lib/export-fonts'
import { writeHostedSite } from './lib/hosted-site'
import { HELP, OptionsError, parseExportOptions } from './lib/options'
import { CommandError } from './lib/run'
import { stageRun } from './lib/staged-run'
import { CheckError, seconds, step } from './outputs/run'
import { exportVariant } from './outputs/variant'

const started = Date.now()

async function sizeOf(path: string): Promise<number> {
  const s = await stat(path)
  if (!s.isDirectory())
    return s.size
  const entries = await readdir(path, { recursive: true, withFileTypes: true })
  const sizes = await Promise.all(entries.filter(e => e.isFile()).map(e => stat(join(e.parentPath, e.name)).then(x => x.size)))
  return sizes.reduce((a, b) => a + b, 0)
}

async function main(): Promise<void> {
  const options = parseExportOptions(process.argv.slice(2))
  if (options.help) {
    console.log(HELP)
    return
  }
  const decks = options.deck ? [deckNamed(options.deck)] : decksIn()
  if (!decks.length)
    throw new DeckNotFoundError('There is no deck in data/ yet; make one with `npm run new -- <deck> --title "…"`.')
  // Every deck's data is checked before anything is built: a broken field stops the run here.
  const articles = await Promise.all(decks.map(deckArticle))
  for (const [i, article] of articles.entries()) {
    const stale = freshnessWarning(article.meta.verifiedOn, todayIso(), options.maxAgeDays)
    if (stale)
      console.warn(`⚠ ${decks[i].id}: ${stale}`)
    if (options.variant)
      variantNamed(article, options.variant)
  }
  await useExportFonts()
  const chromium = await step('Find Chromium', async () => findChromium())
  console.log(`  using ${chromium}`)

  await step(`Prepare ${relative(ROOT, options.outDir) || '.'}`, async () => {
    await mkdir(options.outDir, { recursive: true })
    await access(options.outDir, constants.W_OK)
  })

  const run = await stageRun(options.outDir)
  let written: string[] = []
  try {
    for (const [i, deck] of decks.entries()) {
      for (const variant of articles[i].deck.variants.filter(v => !options.variant || v.id === options.variant)) {
        console.log(`\n${deck.id}, ${variantWhat(variant)}:`)
        const outDir = join(run.dir, deck.id, variant.id)
        await mkdir(outDir, { recursive: true })
        written.push(...await exportVariant(deck, variant.id, { ...options, outDir, base: `${options.base}${deck.id}/${variant.id}/` }, chromium))
      }
    }
    // Every deck made, and its sites: the hosted site as a whole, with its landing page.
    if (!options.deck && !options.variant && options.only.includes('site')) {
      const hosted = join(run.dir, 'site')
      await step(`Put the ${decks.length} decks' sites and their landing page together in ${relative(ROOT, join(options.outDir, 'site'))}/`, () =>
        writeHostedSite(hosted, decks.map((d, i) => ({ id: d.id, article: articles[i] })), options.base, (deck, variant) => join(run.dir, deck, variant, 'site')))
      written.push(hosted)
    }
    written = await step(`Move this run's ${written.length} outputs into ${relative(ROOT, options.outDir) || '.'}`, () => run.publish(written))
  }
  finally {
    await run.discard()
  }

  console.log('\nOutput:')
  for (const path of written)
    console.log(`  ${relative(ROOT, path).padEnd(40)} ${((await sizeOf(path)) / 1024).toFixed(0).padStart(8)} KiB`)
  console.log(`\nDone in ${seconds(started)}.`)
}

main().catch((error: unknown) => {
  if (error instanceof ChromiumNotFoundError || error instanceof OptionsError || error instanceof DeckNotFoundError || error instanceof MissingFontError) {
    console.error(`\n✗ ${error.message}`)
  }
  else if (error instanceof CheckError) {
    console.error(`\n✗ Export check failed: ${error.message}\nNothing was replaced: the output folder keeps the previous export's files.`)
  }
  else if (error instanceof CommandError) {
    console.error(`\n✗ ${error.message}\nFix the error above (a Vue error names its slide), then run again.`)
  }
  else if (error && typeof error === 'object' && 'code' in error && ['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST'].includes(String(error.code))) {
    console.error(`\n✗ Cannot write to the output folder: ${String((error as { message?: string }).message)}\nChoose another folder with --out <dir>, or fix its permissions.`)
  }
  else if (error instanceof Error && error.name === 'TimeoutError') {
    console.error(`\n✗ Rendering timed out: ${error.message.split('\n')[0]}\nA slide did not finish drawing; run \`npm run dev\` and open it to see why.`)
  }
  else {
    console.error(error)
  }
  process.exitCode = 1
})
