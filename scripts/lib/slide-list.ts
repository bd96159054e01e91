import type { GeneratedSlide } from './default-deck'
import type { Block } from './entry'
import { frontmatterLines } from './entry'

// A variant's slides as entry blocks: the author's list, or the deck made from the data.

/**
 * An author's list (slides/<deck>/<variant>.md, as `path` from the root), imported in two
 * parts: its first slide under the headmatter, the rest on their own. Slidev gives every
 * slide of an import the importing block's settings, and the headmatter on each of forty
 * slides weighed 27 KiB in the built site.
 */
export function authoredList(path: string): Block[] {
  return [
    { frontmatter: `src: ${path}#1\n`, content: '' },
    { frontmatter: `src: ${path}#2-\n`, content: '' },
  ]
}

/**
 * Each slide's minutes: `total` shared out by weight in quarter minutes, at least one
 * quarter each (a slide shown for no time would break the presenter's pacing), adding up
 * to `total` exactly.
 */
export function shareMinutes(weights: readonly number[], total: number): number[] {
  const quarters = Math.round(total * 4)
  if (quarters < weights.length)
    throw new Error(`A ${total}-minute variant cannot give each of its ${weights.length} slides a quarter of a minute; make it at least ${Math.ceil(weights.length / 4)} minutes long`)
  const spare = quarters - weights.length
  const sum = weights.reduce((a, b) => a + b, 0)
  let before = 0
  let given = 0
  return weights.map((w) => {
    before += w
    const upTo = Math.round(before / sum * spare)
    const extra = upTo - given
    given = upTo
    return (1 + extra) / 4
  })
}

export interface GeneratedListOptions {
  /** The variant's length in minutes. */
  minutes: number
  /** The deck's slide folder from the root (./slides/<deck>). */
  folder: string
  /** The parts an author wrote (slides/<deck>/<part>.md replaces the part). */
  authored: ReadonlySet<string>
  /** Authored slide files of no part's name, added before the sources in file-name order. */
  extras: readonly string[]
}

/** The deck made from the data (default-deck.ts), with an author's files in place of the parts they name. */
export function generatedList(slides: readonly GeneratedSlide[], { minutes, folder, authored, extras }: GeneratedListOptions): Block[] {
  const atSources = slides.findIndex(s => s.part === 'sources')
  const extra = extras.map(file => ({ part: `extra:${file}`, weight: 1.5 }))
  const all = [...slides.slice(0, atSources), ...extra, ...slides.slice(atSources)]
  const shares = shareMinutes(all.map(s => s.weight), minutes)
  const blocks: Block[] = []
  const imported = new Set<string>()
  all.forEach((slide, i) => {
    const file = slide.part.startsWith('extra:') ? slide.part.slice('extra:'.length) : authored.has(slide.part) ? `${slide.part}.md` : undefined
    if (file) {
      // One import for the part, however many pages the data gave it: each of its pages gets this slide's minutes.
      if (!imported.has(file))
        blocks.push({ frontmatter: frontmatterLines({ src: `${folder}/${file}`, minutes: shares[i] }), content: '' })
      imported.add(file)
      return
    }
    const generated = slide as GeneratedSlide
    blocks.push({
      frontmatter: frontmatterLines({ ...generated.frontmatter, minutes: shares[i] }),
      content: `\n${generated.body}\n\n<!--\n${generated.note}\n-->\n`,
    })
  })
  return blocks
}
