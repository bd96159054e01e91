// Each slide's components checked against the deck's data while Slidev reads the slide
// (setup/transformers.ts), so `npm run build` and `npm run export` stop on a mistyped id
// or a part the deck lacks, naming the file, the line, the component and the id.
import type { MarkdownTransformContext } from '@slidev/types'
import type { Article } from '../data/schema'
import { relative } from 'node:path'
import process from 'node:process'
import { chosenDeckData, loadDeckData } from './deck-data'
import { referenceProblems, unknownSources } from './slide-references'

let deck: Promise<Readonly<Article>> | undefined

export class SlideReferenceError extends Error {
  name = 'SlideReferenceError'
}

export async function checkSlideReferences({ slide }: Pick<MarkdownTransformContext, 'slide'>): Promise<void> {
  deck ??= loadDeckData(chosenDeckData(process.env))
  const article = await deck
  const { filepath, start, raw } = slide.source
  const file = relative(process.cwd(), filepath)
  // `start` counts the slide's first line from 0.
  const problems = referenceProblems(article, raw).map(p => `${file}:${start + p.line}: ${p.tag}: ${p.problem}`)
  const sources = unknownSources(article, slide.frontmatter.sources)
  if (sources.length)
    problems.push(`${file}:${start + 1}: sources: the deck has no section ${sources.map(s => `"${s}"`).join(', ')}`)
  if (problems.length)
    throw new SlideReferenceError(`This slide asks the deck's data for what it does not have:\n  ${problems.join('\n  ')}`)
}
