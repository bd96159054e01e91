// An author's ```mermaid block in a slide, drawn at build like the data diagrams (same
// renderer, cache, font, colours and ids) and put into the slide as static SVG. It runs
// among Slidev's code-block transformers (setup/transformers.ts), before Slidev's own,
// which would hand the block to its Mermaid component and so ship Mermaid to the browser.
import type { CodeblockTransformContext } from '@slidev/types'
import { createHash } from 'node:crypto'
import { relative } from 'node:path'
import process from 'node:process'
import { DiagramError, renderDiagrams } from './render'

const MERMAID_INFO = /^mermaid(?:\s|\{|$)/

/** Where the block starts in its file, 1-based, found by its text in the slide's source. */
function fenceLine(slide: CodeblockTransformContext['slide'], code: string): number | undefined {
  if (!slide)
    return undefined
  const at = slide.source.raw.indexOf(code.trimEnd())
  return at < 0 ? undefined : slide.source.start + slide.source.raw.slice(0, at).split('\n').length - 1
}

export async function mermaidFence({ info, code, slide }: CodeblockTransformContext): Promise<string | undefined> {
  if (!MERMAID_INFO.test(info))
    return undefined
  const file = slide ? relative(process.cwd(), slide.source.filepath) : 'a slide'
  const line = fenceLine(slide, code)
  const origin = line ? `${file}:${line}` : file
  // Stable while the block stays where it is, and two equal blocks still differ.
  const id = `mermaid-${createHash('sha256').update(`${origin}\n${code}`).digest('hex').slice(0, 12)}`
  try {
    const svg = (await renderDiagrams([{ id, text: code, origin }])).get(id)!
    return `<figure class="mermaid-diagram" data-diagram="${id}">${svg.replace(/^<svg /, '<svg v-pre ')}</figure>`
  }
  catch (error) {
    // Mermaid counts lines from the block's first; say which line of the file that is.
    const at = error instanceof DiagramError && line ? error.mermaidMessage.match(/on line (\d+)/) : null
    throw at ? new DiagramError(origin, `${(error as DiagramError).mermaidMessage}\n(the diagram's line ${at[1]} is line ${line! + Number(at[1])} of ${file})`) : error
  }
}
