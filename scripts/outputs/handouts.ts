import type { HandoutLayout } from '../lib/handout-page'
import type { ShownRun } from '../lib/handout-print'
import type { MakeOutput } from './run'
import { join } from 'node:path'
import { sourceLine } from '../../data'
import { writeAtomically } from '../lib/atomic'
import { checkHandoutPdf } from '../lib/handout-check'
import { printHandout } from '../lib/handout-print'
import { setDocumentInfo } from '../lib/pdf'
import { failIf, step } from './run'

const LAYOUTS: Record<HandoutLayout, string> = { briefing: 'Briefing handout', student: 'Student handout' }

/** The briefing and student handouts: each slide as text, with its notes or room to write. */
export const makeHandouts: MakeOutput = async (run) => {
  const { article, slides, options, outDir, footer, titled } = run
  const [browser, deckUrl] = [await run.browser(), await run.served()]
  // Handouts are for paper: their slides are light whatever --dark says.
  const handoutSlides = slides.map((slide, i) => {
    const sections = (slide.frontmatter.sources as string[] | undefined) ?? []
    return { no: i + 1, title: slide.title ?? article.source.title, notes: slide.note ?? '', source: sections.length ? sourceLine(article, sections) : undefined }
  })
  const written: string[] = []
  for (const layout of Object.keys(LAYOUTS) as HandoutLayout[]) {
    const file = join(outDir, `handout-${layout}.pdf`)
    let shown: ShownRun[][] = []
    await step(`Print the ${layout} handout (${options.paper.toUpperCase()})`, () => writeAtomically(file, async (tmp) => {
      const printed = await printHandout(browser, { layout, paper: options.paper, slides: handoutSlides, deckUrl, out: tmp, footer })
      shown = printed.shown
      await setDocumentInfo(tmp, titled(LAYOUTS[layout]), printed.headings)
    }, async tmp => failIf(`The ${layout} handout`, await checkHandoutPdf(tmp, layout, handoutSlides.map(s => s.title), shown))))
    written.push(file)
  }
  return written
}
