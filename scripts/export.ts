// npm run export: builds the hostable site and the slides PDF into one folder,
// checks what it wrote, and prints a summary. See --help.
import { access, constants, mkdir, readdir, readFile, stat } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { article } from '../data'
import { freshnessWarning, todayIso } from '../data/freshness'
import { writeAtomically } from './lib/atomic'
import { buildSite } from './lib/build'
import { ChromiumNotFoundError, findChromium } from './lib/chromium'
import { ENTRY, loadSlides, ROOT } from './lib/deck'
import { OptionsError, HELP, parseExportOptions } from './lib/options'
import { readPdfText } from './lib/pdf'
import { CommandError, runBin } from './lib/run'
import { checkSlidesPdf, requiredPdfText } from './lib/verify'

const started = Date.now()
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)}s`

class CheckError extends Error {}

async function step<T>(name: string, work: () => Promise<T>): Promise<T> {
  const t = Date.now()
  process.stdout.write(`▸ ${name}…\n`)
  const result = await work()
  process.stdout.write(`  ✓ ${name} (${seconds(t)})\n`)
  return result
}

async function sizeOf(path: string): Promise<number> {
  const s = await stat(path)
  if (!s.isDirectory())
    return s.size
  const entries = await readdir(path, { recursive: true, withFileTypes: true })
  const sizes = await Promise.all(entries.filter(e => e.isFile()).map(e => stat(join(e.parentPath, e.name)).then(x => x.size)))
  return sizes.reduce((a, b) => a + b, 0)
}

async function checkSite(dir: string): Promise<void> {
  const html = await readFile(join(dir, 'index.html'), 'utf8')
  const remote = html.match(/(?:href|src)="(https?:\/\/[^"]+)"/)
  if (remote)
    throw new CheckError(`the site's index.html loads ${remote[1]} from the network; the deck must work offline`)
}

async function main(): Promise<void> {
  const options = parseExportOptions(process.argv.slice(2))
  if (options.help) {
    console.log(HELP)
    return
  }
  const stale = freshnessWarning(article.meta.verifiedOn, todayIso(), options.maxAgeDays)
  if (stale)
    console.warn(`⚠ ${stale}`)
  const chromium = await step('Find Chromium', async () => findChromium())
  console.log(`  using ${chromium}`)

  await step(`Prepare ${relative(ROOT, options.outDir) || '.'}`, async () => {
    await mkdir(options.outDir, { recursive: true })
    await access(options.outDir, constants.W_OK)
  })

  const slides = await loadSlides()
  const site = join(options.outDir, 'site')
  await step(`Build the site for base ${options.base}${options.withNotes ? ' (with notes)' : ''}`, () =>
    writeAtomically(site, out => buildSite({ out, base: options.base, withNotes: options.withNotes }), checkSite))

  const pdf = join(options.outDir, 'india-russia-briefing.pdf')
  await step(`Export the slides PDF (${slides.length} slides)`, () =>
    writeAtomically(pdf, tmp => runBin('slidev', [
      'export', ENTRY, '--executable-path', chromium, '--output', tmp, '--timeout', '120000',
    ]).then(() => undefined), async (tmp) => {
      const { pages } = await readPdfText(tmp)
      const problems = checkSlidesPdf(pages, slides.length, requiredPdfText(article))
      if (problems.length)
        throw new CheckError(`the slides PDF failed its checks:\n  - ${problems.join('\n  - ')}`)
    }))

  console.log('\nOutput:')
  for (const path of [site, pdf])
    console.log(`  ${relative(ROOT, path).padEnd(40)} ${((await sizeOf(path)) / 1024).toFixed(0).padStart(8)} KiB`)
  console.log(`\nDone in ${seconds(started)}.`)
}

main().catch((error: unknown) => {
  if (error instanceof ChromiumNotFoundError || error instanceof OptionsError) {
    console.error(`\n✗ ${error.message}`)
  }
  else if (error instanceof CheckError) {
    console.error(`\n✗ Export check failed: ${error.message}\nThe previous good file, if any, was left in place.`)
  }
  else if (error instanceof CommandError) {
    console.error(`\n✗ ${error.message}\nFix the error above (a Mermaid or Vue error names its slide), then run again.`)
  }
  else if (error && typeof error === 'object' && 'code' in error && (error.code === 'EACCES' || error.code === 'EROFS' || error.code === 'ENOTDIR')) {
    console.error(`\n✗ Cannot write to the output folder: ${String((error as { message?: string }).message)}\nChoose another folder with --out <dir>, or fix its permissions.`)
  }
  else {
    console.error(error)
  }
  process.exitCode = 1
})
