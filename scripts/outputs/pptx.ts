import type { MakeOutput } from './run'
import { join } from 'node:path'
import { writeAtomically } from '../lib/atomic'
import { figuresOn } from '../lib/deck'
import { deckEnv } from '../lib/decks'
import { describePictures, pictureAltText } from '../lib/pptx'
import { fallbackFontBrowser, PPTX_FONT } from '../lib/pptx-font'
import { deckTargets, linkSlides } from '../lib/pptx-links'
import { CommandError, runBin } from '../lib/run'
import { checkPptx, checkPptxTravels } from '../lib/verify-files'
import { failIf, step } from './run'

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

/** The editable PPTX, laid out in the font a colleague without ours has (lib/pptx-font.ts); its pictures described, its links jumping within the file. */
export const makePptx: MakeOutput = async ({ deck, article, entry, slides, options, outDir, scratch, fileName, chromium }) => {
  const pptx = join(outDir, `${fileName}.pptx`)
  const browser = await fallbackFontBrowser(chromium, scratch)
  // Click steps would become extra slides; the PPTX gets one slide per slide, all revealed.
  const args = ['--format', 'pptx-editable', '--with-clicks', 'false', '--executable-path', browser.executable, '--timeout', '120000', ...(options.scheme === 'dark' ? ['--dark'] : [])]
  // Slidev's exporter makes each drawn figure a picture; each gets its text alternative.
  const figureAlts = new Map(slides.flatMap((s, i) => {
    const drawn = figuresOn(article, s)
    return drawn.length ? [[i + 1, drawn.map(pictureAltText)] as const] : []
  }))
  // The cover's heading is the source's own title; other slides' are their titles.
  const titles = [article.source.title, ...slides.slice(1).map(s => s.title ?? '')]
  const env = { ...browser.env, ...deckEnv(deck) }
  await step(`Export the editable PPTX (${options.scheme} slides)`, () => writeAtomically(pptx, async (tmp) => {
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
  return [pptx]
}
