import type { SlideInfo } from '@slidev/types'
import type { TextAlternative } from '../../charts/text-alternative'
import type { Article } from '../../data/schema'
import type { Diagram } from '../../diagrams'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { load } from '@slidev/parser/fs'
import { seriesAlternative, timelineAlternative } from '../../charts/text-alternative'
import { epiloguePages, eventById, seriesById } from '../../data'
import { diagramById } from '../../diagrams'
import { authoredAlternative } from '../../diagrams/mermaid-text'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** A variant as Slidev sees it, from its entry (decks.ts writes it): every slide, with `src:` imports resolved. */
export async function loadSlides(entry: string, root = ROOT): Promise<SlideInfo[]> {
  const data = await load({ roots: [root], userRoot: root }, entry)
  return data.slides.filter(s => !s.frontmatter.disabled && !s.frontmatter.hide)
}

export interface PlacedDiagram { id: string, diagram: Diagram }

/** The diagrams a slide draws (`<ArticleDiagram id="…">`), built from the data. */
export function diagramsOn(article: Readonly<Article>, slide: Pick<SlideInfo, 'content'>): PlacedDiagram[] {
  return Array.from(slide.content.matchAll(/<ArticleDiagram id="([^"]+)"/g), (m) => {
    const id = m[1]
    return { id, diagram: diagramById(article, id) }
  })
}

// Every component that draws an SVG figure from data, with what identifies its content,
// and every ```mermaid block an author wrote.
const FIGURE = /<(ArticleDiagram|SeriesChart|SeriesBars|SeriesSteps) id="([^"]+)"([^>]*)>|<EventTimeline :page="(\d+)"|^```mermaid[^\n]*\n([\s\S]*?)^```/gm
const EVENTS = /:events="\[([^\]]*)\]"/

/** The text alternative of each figure a slide draws, in the order it draws them. */
export function figuresOn(article: Readonly<Article>, slide: Pick<SlideInfo, 'content'>): TextAlternative[] {
  const pages = epiloguePages(article)
  return Array.from(slide.content.matchAll(FIGURE), ([, component, id, props = '', page, fence]) => {
    if (fence !== undefined)
      return authoredAlternative(fence)
    if (page)
      return timelineAlternative(pages[Number(page) - 1], article.deck.tracks, Number(page), pages.length)
    if (component === 'ArticleDiagram')
      return diagramById(article, id)
    const events = Array.from((EVENTS.exec(props)?.[1] ?? '').matchAll(/'([^']+)'/g), m => eventById(article, m[1]))
    return seriesAlternative(seriesById(article, id), events)
  })
}
