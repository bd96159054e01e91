import type { SlideInfo } from '@slidev/types'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { load } from '@slidev/parser/fs'
import { type Diagram, type DiagramId, diagramBuilders } from '../../diagrams'
import { article } from '../../data'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const ENTRY = resolve(ROOT, 'slides.md')

/** The deck as Slidev sees it: every slide, with `src:` imports resolved. */
export async function loadSlides(entry = ENTRY): Promise<SlideInfo[]> {
  const data = await load({ roots: [ROOT], userRoot: ROOT }, entry)
  return data.slides.filter(s => !s.frontmatter.disabled && !s.frontmatter.hide)
}

export interface PlacedDiagram { id: DiagramId, page: number, diagram: Diagram }

/** The diagrams a slide draws (`<DataDiagram id="…" :page="n">`), built from the data. */
export function diagramsOn(slide: Pick<SlideInfo, 'content'>): PlacedDiagram[] {
  return [...slide.content.matchAll(/<DataDiagram id="([^"]+)"(?: :page="(\d+)")?/g)].map((m) => {
    const id = m[1] as DiagramId
    const page = Number(m[2] ?? 1)
    return { id, page, diagram: diagramBuilders[id](article, page) }
  })
}
