// npm run export: builds the deck's outputs (see --help) into one folder, checks every
// file it wrote, and prints a summary. Each file is written under a temporary name and
// moved into place only once it passes its checks.
import type { Browser } from 'playwright-core'
import type { Article } from '../data/schema'
import type { CapturedSlide } from './lib/capture'
import type { DeckPlace } from './lib/decks'
import type { HandoutLayout, ShownRun } from './lib/handout'
import type { ColorScheme, ExportOptions, Output } from './lib/options'
import type { DocumentInfo } from './lib/pdf'
import type { PrintFont } from './lib/print-page'
import type { QuizPart } from './lib/quiz'
import { access, constants, copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join, relative } from 'node:path'
import process from 'node:process'
import { freshnessLine, sourceLine } from '../data'
import { freshnessWarning, todayIso } from '../data/freshness'
import { ChromiumNotFoundError, findChromium } from '../vite/chromium'
import { writeAtomically } from './lib/atomic'
import { BRIEFING_NOTE_FILE, briefingNoteHtml, checkBriefingNote } from './lib/briefing-note'
import { launchChromium, SLIDE_VIEWPORT } from './lib/browse'
import { buildSite } from './lib/build'
import { captureSlides } from './lib/capture'
import { figuresOn, loadSlides, ROOT } from './lib/deck'
import { deckArticle, deckEnv, deckNamed, DeckNotFoundError, decksIn, variantNamed, writeEntry } from './lib/decks'
import { variantWhat } from './lib/entry'
import { MissingFontError, useExportFonts } from './lib/export-fonts'
import { handoutFooter, printHandout } from './lib/handout'
import { checkHandoutPdf } from './lib/handout-check'
import { writeHostedSite } from './lib/hosted-site'
import { offlineExtras } from './lib/offline'
import { HELP, OptionsError, parseExportOptions } from './lib/options'
import { documentInfo, readPdfText, setDocumentInfo } from './lib/pdf'
import { describePictures, pictureAltText } from './lib/pptx'
import { fallbackFontBrowser, PPTX_FONT } from './lib/pptx-font'
import { deckTargets, linkSlides } from './lib/pptx-links'
import { printedPdf } from './lib/print-page'
import { answerKeyHtml, checkQuizPdf, QUIZ_FILES, quizSheetHtml } from './lib/quiz'
import { CommandError, runBin } from './lib/run'
import { withoutShareTags } from './lib/share-card'
import { printSlidesPdf } from './lib/slides-pdf'
import { stageRun } from './lib/staged-run'
import { checkPdfStructure, checkSlidesPdf, requiredPdfText } from './lib/verify'
import { checkPngs, checkPptx, checkPptxTravels, checkZip } from './lib/verify-files'
import { listFiles, zipFolder } from './lib/zip'
import { serveStatic } from './offline/serve.mjs'

const PNG_SCALE = 2
// Every printed document's footer: the deck's title (shorter than a source's may be), how fresh its context is, the page.
const printFooter = (article: Readonly<Article>) => handoutFooter(article.deck.title, freshnessLine(article.meta))
const started = Date.now()
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)}s`

class CheckError extends Error {}

function failIf(what: string, problems: string[]): void {
  if (problems.length)
    throw new CheckError(`${what} failed its checks:\n  - ${problems.join('\n  - ')}`)
}

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

/**
 * Runs `slidev export` once more if the first attempt fails: Slidev renders through a Vite
 * dev server whose dependency optimiser can reload the page mid-export. A second failure
 * is reported as it is.
 */
async function slidevExport(entry: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  try {
    return await runBin('slidev', ['export', entry, ...args], env)
  }
  catch (error) {
    if (!(error instanceof CommandError))
      throw error
    console.warn(`  ! slidev export failed (${error.output.trim().split('\n').at(-1)}); trying once more`)
    return await runBin('slidev', ['export', entry, ...args], env)
  }
}

async function checkSite(dir: string): Promise<void> {
  // The share card names the hosted address (og:url, og:image, the canonical link); nothing loads it.
  const html = withoutShareTags(await readFile(join(dir, 'index.html'), 'utf8'))
  const remote = html.match(/(?:href|src)="(https?:\/\/[^"]+)"/)
  if (remote)
    throw new CheckError(`the site's index.html loads ${remote[1]} from the network; the deck must work offline`)
}

/** The deck's font, to embed in printed documents so they print the same offline. */
async function deckFonts(): Promise<PrintFont[]> {
  return Promise.all([400, 700].map(async weight => ({
    weight,
    woff2: (await readFile(join(ROOT, `node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff2`))).toString('base64'),
  })))
}

/**
 * A printed document (the quiz sheet, its answer key, the briefing note): tagged, with the
 * deck's footer, its own title and the deck's author, subject and keywords.
 */
async function printDocument(browser: Browser, html: string, paper: 'a4' | 'letter', out: string, info: DocumentInfo, footer: string): Promise<void> {
  const page = await browser.newPage()
  try {
    await page.setContent(html, { waitUntil: 'load' })
    await page.pdf({ path: out, ...printedPdf(paper, footer) })
    await setDocumentInfo(out, info, await page.locator('h1, h2, h3, h4, h5, h6').allTextContents())
  }
  finally {
    await page.close()
  }
}

/** Every output of one variant of a deck, into options.outDir; returns what it wrote. */
async function exportVariant(deck: DeckPlace, variant: string, options: ExportOptions, chromium: string): Promise<string[]> {
  const wants = (o: Output) => options.only.includes(o)
  const article = await deckArticle(deck)
  const footer = printFooter(article)
  const entry = await writeEntry(deck, variant)
  const slides = await loadSlides(entry)
  const fileName = `${deck.id}-${variant}`
  const deckInfo = documentInfo(slides[0].frontmatter)
  /** Document information for one of the printed documents: what it is, then the deck's title. */
  const titled = (what: string): DocumentInfo => ({ ...deckInfo, title: `${what}: ${deckInfo.title}` })
  // Where this variant's site will be hosted, when known: its QR codes and canonical addresses.
  const siteUrl = options.origin && `${options.origin}${options.base}`
  const written: string[] = []
  const scratch = await mkdtemp(join(tmpdir(), 'deck-export-'))
  try {
    // Every output but the PPTX starts from the built site: publish it, or keep it as scratch.
    const needsSite = options.only.some(o => o !== 'pptx')
    const site = wants('site') ? join(options.outDir, 'site') : join(scratch, 'site')
    if (needsSite) {
      await step(`Build the site for base ${options.base}${options.withNotes ? ' (with notes)' : ''}`, () =>
        writeAtomically(site, out => buildSite({ out, base: options.base, withNotes: options.withNotes, deck, variant, url: siteUrl }), checkSite))
      if (wants('site'))
        written.push(site)
    }

    if (wants('zip')) {
      const zipFolderName = `${fileName}-site`
      const zip = join(options.outDir, `${zipFolderName}.zip`)
      const files = await listFiles(site)
      const extras = await offlineExtras(deckInfo.title, options.base)
      await step('Zip the site for offline use', () =>
        writeAtomically(zip, tmp => zipFolder(site, tmp, zipFolderName, extras), async tmp => failIf('The site zip', await checkZip(tmp, zipFolderName, files, Object.keys(extras)))))
      written.push(zip)
    }

    if (wants('png') || wants('handout') || wants('pdf')) {
      const server = await serveStatic(site, options.base)
      const browser = await launchChromium()
      try {
        const render = (scheme: ColorScheme): Promise<CapturedSlide[]> => step(`Render ${slides.length} ${scheme} slides in Chromium`, () =>
          captureSlides(browser, server.url, slides.length, join(scratch, scheme), { scale: PNG_SCALE, scheme }))
        const captured = wants('png') ? await render(options.scheme) : []
        if (wants('png')) {
          const png = join(options.outDir, 'png')
          await step('Write the slide PNGs', () => writeAtomically(png, async (tmp) => {
            await mkdir(tmp)
            for (const c of captured)
              await copyFile(c.png, join(tmp, basename(c.png)))
          }, async tmp => failIf('The PNGs', await checkPngs(tmp, slides.length, SLIDE_VIEWPORT.width * PNG_SCALE, SLIDE_VIEWPORT.height * PNG_SCALE))))
          written.push(png)
        }
        if (wants('handout')) {
          // Handouts are for paper: their slides are light whatever --dark says.
          const handoutSlides = slides.map((slide, i) => {
            const sections = (slide.frontmatter.sources as string[] | undefined) ?? []
            return {
              no: i + 1,
              title: slide.title ?? article.source.title,
              notes: slide.note ?? '',
              source: sections.length ? sourceLine(article, sections) : undefined,
            }
          })
          for (const layout of ['briefing', 'student'] as HandoutLayout[]) {
            const file = join(options.outDir, `handout-${layout}.pdf`)
            let shown: ShownRun[][] = []
            await step(`Print the ${layout} handout (${options.paper.toUpperCase()})`, () => writeAtomically(file, async (tmp) => {
              const printed = await printHandout(browser, { layout, paper: options.paper, slides: handoutSlides, deckUrl: server.url, out: tmp, footer })
              shown = printed.shown
              await setDocumentInfo(tmp, titled(layout === 'briefing' ? 'Briefing handout' : 'Student handout'), printed.headings)
            }, async tmp => failIf(`The ${layout} handout`, await checkHandoutPdf(tmp, layout, handoutSlides.map(s => s.title), shown))))
            written.push(file)
          }
        }
        if (wants('pdf')) {
          const pdf = join(options.outDir, `${fileName}.pdf`)
          let drawnLabels: string[][] = []
          await step(`Print the slides PDF (${slides.length} ${options.scheme} slides, tagged)`, () =>
            writeAtomically(pdf, async (tmp) => {
              const printed = await printSlidesPdf(browser, { deckUrl: server.url, count: slides.length, out: tmp, scheme: options.scheme })
              drawnLabels = printed.drawnLabels
              await setDocumentInfo(tmp, deckInfo, printed.headings)
            }, async (tmp) => {
              const text = await readPdfText(tmp)
              failIf('The slides PDF', [
                ...checkSlidesPdf(text.pages, slides.length, requiredPdfText(article, slides), drawnLabels),
                // The cover's heading is the article's own title; other slides' are their titles.
                ...checkPdfStructure(text, [article.source.title, ...slides.slice(1).map(s => s.title ?? '').filter(Boolean)]),
              ])
            }))
          written.push(pdf)
        }
      }
      finally {
        await browser.close()
        await server.close()
      }
    }

    if (wants('quiz') && slides.some(s => s.content.includes('<SelfCheck'))) {
      const browser = await launchChromium()
      try {
        const fonts = await deckFonts()
        const html = { quiz: quizSheetHtml, answers: answerKeyHtml }
        for (const part of ['quiz', 'answers'] as QuizPart[]) {
          const file = join(options.outDir, QUIZ_FILES[part])
          await step(`Print the self-check ${part === 'quiz' ? 'quiz sheet' : 'answer key'} (${options.paper.toUpperCase()})`, () => writeAtomically(file, tmp => printDocument(browser, html[part](article, fonts, options.paper), options.paper, tmp, titled(part === 'quiz' ? 'Self-check quiz' : 'Self-check answer key'), footer), async tmp => failIf(`The self-check ${part === 'quiz' ? 'quiz sheet' : 'answer key'}`, checkQuizPdf(part, article, await readPdfText(tmp)))))
          written.push(file)
        }
      }
      finally {
        await browser.close()
      }
    }

    if (wants('note') && !article.briefing)
      console.log('  – No briefing note: the deck has no briefing in its data')
    if (wants('note') && article.briefing) {
      const note = join(options.outDir, BRIEFING_NOTE_FILE)
      const browser = await launchChromium()
      try {
        const fonts = await deckFonts()
        await step(`Print the briefing note (${options.paper.toUpperCase()})`, () => writeAtomically(note, tmp => printDocument(browser, briefingNoteHtml(article, { fonts, paper: options.paper, url: siteUrl }), options.paper, tmp, titled('Briefing note'), footer), async tmp => failIf('The briefing note', checkBriefingNote(article, await readPdfText(tmp)))))
        written.push(note)
      }
      finally {
        await browser.close()
      }
    }

    if (wants('pptx')) {
      const pptx = join(options.outDir, `${fileName}.pptx`)
      // Laid out in the font a colleague without Source Sans 3 has (see lib/pptx-font.ts).
      const browser = await fallbackFontBrowser(chromium, scratch)
      // Click steps would become extra slides; the PPTX gets one slide per slide, all revealed.
      const args = ['--format', 'pptx-editable', '--with-clicks', 'false', '--executable-path', browser.executable, '--timeout', '120000', ...(options.scheme === 'dark' ? ['--dark'] : [])]
      // Slidev's exporter makes each drawn figure a picture; each gets its text alternative.
      const figureAlts = new Map(slides.flatMap((s, i) => {
        const drawn = figuresOn(article, s)
        return drawn.length ? [[i + 1, drawn.map(pictureAltText)] as const] : []
      }))
      // The cover's heading is the article's own title; other slides' are their titles.
      const titles = [article.source.title, ...slides.slice(1).map(s => s.title ?? '')]
      await step(`Export the editable PPTX (${options.scheme} slides)`, () =>
        writeAtomically(pptx, async (tmp) => {
          const env = { ...browser.env, ...deckEnv(deck) }
          const output = await slidevExport(entry, [...args, '--output', tmp], env)
          // On a fresh install the dev server's dependency optimiser can reload the print
          // page while Slidev reads it, and the PPTX comes out with no slides: once more.
          const found = await checkPptx(tmp, titles)
          if (found.length) {
            const said = output.trim().split('\n').slice(-4).map(l => `      ${l.trim()}`).join('\n')
            console.warn(`  ! the PPTX came out wrong (${found[0]}); exporting once more. Slidev said:\n${said}`)
            await slidevExport(entry, [...args, '--output', tmp], env)
          }
          await describePictures(tmp, figureAlts)
          const { jumps, dropped } = await linkSlides(tmp, deckTargets(article, slides))
          console.log(`  ${jumps.length} links to other slides now jump within the file${dropped.length ? `; ${dropped.length} that led nowhere removed: ${dropped.join(', ')}` : ''}`)
        }, async tmp => failIf('The PPTX', [...await checkPptx(tmp, titles, figureAlts), ...await checkPptxTravels(tmp, PPTX_FONT)])))
      written.push(pptx)
    }
  }
  finally {
    await rm(scratch, { recursive: true, force: true })
  }
  return written
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
