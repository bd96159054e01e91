import type { TextAlternative } from '../../charts/text-alternative'
import { readFile, writeFile } from 'node:fs/promises'
import { unzipSync, zipSync } from 'fflate'
import { escapeXml, unescapeXml } from './markup'

const PICTURE_ALT = /(<p:pic>\s*<p:nvPicPr>\s*<p:cNvPr\b[^>]*?\sdescr=")([^"]*)(")/g

/** A figure's text alternative as one paragraph, for a picture's alt text. */
export function pictureAltText(diagram: TextAlternative): string {
  const sentence = (s: string) => /[.!?]$/.test(s) ? s : `${s}.`
  return [`${diagram.title}.`, diagram.summary, ...diagram.lines].map(sentence).join(' ')
}

/** The alt text of each picture on one slide of a PPTX, in order. */
export function pictureAlts(slideXml: string): string[] {
  return Array.from(slideXml.matchAll(PICTURE_ALT), m => unescapeXml(m[2]))
}

/**
 * Gives the pictures on the given slides (1-based) their text alternatives, in order, as
 * alt text: Slidev's exporter writes why it made a picture ("Rendered as an image because
 * of CSS foreign-object"), which is all a screen reader in PowerPoint would read out.
 */
export async function describePictures(file: string, alts: ReadonlyMap<number, string[]>): Promise<void> {
  await editPptx(file, (parts) => {
    for (const [no, texts] of alts) {
      const name = `ppt/slides/slide${no}.xml`
      if (!parts[name])
        continue
      let i = 0
      const xml = new TextDecoder().decode(parts[name]).replace(PICTURE_ALT, (whole, head: string, _old: string, tail: string) =>
        i < texts.length ? `${head}${escapeXml(texts[i++])}${tail}` : whole)
      parts[name] = new TextEncoder().encode(xml)
    }
  })
}

/** Rewrites a PPTX in place: `edit` changes its parts (path inside the zip to bytes). */
export async function editPptx(file: string, edit: (parts: Record<string, Uint8Array>) => void): Promise<void> {
  const parts = unzipSync(await readFile(file))
  edit(parts)
  await writeFile(file, zipSync(parts, { level: 6 }))
}

/** The text of each paragraph on one slide of a PPTX, in order. */
export function slideParagraphs(slideXml: string): string[] {
  return Array.from(slideXml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g), p => Array.from(p[1].matchAll(/<a:t>([^<]*)<\/a:t>/g), t => unescapeXml(t[1])).join(''))
}
