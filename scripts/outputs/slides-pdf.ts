import type { MakeOutput } from './run'
import { join } from 'node:path'
import { writeAtomically } from '../lib/atomic'
import { readPdfText, setDocumentInfo } from '../lib/pdf'
import { printSlidesPdf } from '../lib/slides-pdf'
import { checkPdfStructure, checkSlidesPdf, requiredPdfText } from '../lib/verify'
import { failIf, step } from './run'

/** The slides, one page each, tagged, with a bookmark per heading; checked for what its slides show. */
export const makeSlidesPdf: MakeOutput = async (run) => {
  const { article, slides, options, outDir, fileName, info } = run
  const [browser, deckUrl] = [await run.browser(), await run.served()]
  const pdf = join(outDir, `${fileName}.pdf`)
  let drawnLabels: string[][] = []
  await step(`Print the slides PDF (${slides.length} ${options.scheme} slides, tagged)`, () => writeAtomically(pdf, async (tmp) => {
    const printed = await printSlidesPdf(browser, { deckUrl, count: slides.length, out: tmp, scheme: options.scheme })
    drawnLabels = printed.drawnLabels
    await setDocumentInfo(tmp, info, printed.headings)
  }, async (tmp) => {
    const text = await readPdfText(tmp)
    failIf('The slides PDF', [
      ...checkSlidesPdf(text.pages, slides.length, requiredPdfText(article, slides), drawnLabels),
      // The cover's heading is the source's own title; other slides' are their titles.
      ...checkPdfStructure(text, [article.source.title, ...slides.slice(1).map(s => s.title ?? '').filter(Boolean)]),
    ])
  }))
  return [pdf]
}
