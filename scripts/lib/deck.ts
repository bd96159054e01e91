import type { SlideInfo } from '@slidev/types'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { load } from '@slidev/parser/fs'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const ENTRY = resolve(ROOT, 'slides.md')

/** The deck as Slidev sees it: every slide, with `src:` imports resolved. */
export async function loadSlides(entry = ENTRY): Promise<SlideInfo[]> {
  const data = await load({ roots: [ROOT], userRoot: ROOT }, entry)
  return data.slides.filter(s => !s.frontmatter.disabled && !s.frontmatter.hide)
}
