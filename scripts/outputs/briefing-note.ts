import type { MakeOutput } from './run'
import { join } from 'node:path'
import { writeAtomically } from '../lib/atomic'
import { BRIEFING_NOTE_FILE, briefingNoteHtml, checkBriefingNote } from '../lib/briefing-note'
import { readPdfText } from '../lib/pdf'
import { deckFonts, printDocument } from './printed-document'
import { failIf, step } from './run'

/** The page to leave behind, for a deck whose data has a briefing. */
export const makeBriefingNote: MakeOutput = async (run) => {
  const { article, options, outDir, footer, titled, siteUrl } = run
  if (!article.briefing) {
    console.log('  – No briefing note: the deck has no briefing in its data')
    return []
  }
  const note = join(outDir, BRIEFING_NOTE_FILE)
  const [browser, fonts] = [await run.browser(), await deckFonts()]
  await step(`Print the briefing note (${options.paper.toUpperCase()})`, () => writeAtomically(note, tmp =>
    printDocument(browser, briefingNoteHtml(article, { fonts, paper: options.paper, url: siteUrl }), options.paper, tmp, titled('Briefing note'), footer), async tmp =>
    failIf('The briefing note', checkBriefingNote(article, await readPdfText(tmp)))))
  return [note]
}
