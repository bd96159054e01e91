import type { QuizPart } from '../lib/quiz'
import type { MakeOutput } from './run'
import { join } from 'node:path'
import { writeAtomically } from '../lib/atomic'
import { readPdfText } from '../lib/pdf'
import { answerKeyHtml, checkQuizPdf, QUIZ_FILES, quizSheetHtml } from '../lib/quiz'
import { deckFonts, printDocument } from './printed-document'
import { failIf, step } from './run'

const PARTS: Record<QuizPart, { html: typeof quizSheetHtml, what: string, title: string }> = {
  quiz: { html: quizSheetHtml, what: 'quiz sheet', title: 'Self-check quiz' },
  answers: { html: answerKeyHtml, what: 'answer key', title: 'Self-check answer key' },
}

/** The self-check on paper: a sheet that gives nothing away, and its answer key. Only for a variant that asks it. */
export const makeQuiz: MakeOutput = async (run) => {
  const { article, slides, options, outDir, footer, titled } = run
  if (!slides.some(s => s.content.includes('<SelfCheck')))
    return []
  const [browser, fonts] = [await run.browser(), await deckFonts()]
  const written: string[] = []
  for (const [part, { html, what, title }] of Object.entries(PARTS) as [QuizPart, typeof PARTS[QuizPart]][]) {
    const file = join(outDir, QUIZ_FILES[part])
    await step(`Print the self-check ${what} (${options.paper.toUpperCase()})`, () => writeAtomically(file, tmp =>
      printDocument(browser, html(article, fonts, options.paper), options.paper, tmp, titled(title), footer), async tmp =>
      failIf(`The self-check ${what}`, checkQuizPdf(part, article, await readPdfText(tmp)))))
    written.push(file)
  }
  return written
}
