import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { unescapeXml } from './markup'
import { pictureAlts } from './pptx'
import { typefacesIn } from './pptx-font'
import { isLocalAddress } from './pptx-links'

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number, height: number } {
  const signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
  if (!signature.every((b, i) => bytes[i] === b))
    throw new Error('not a PNG file')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

/** Problems with a folder of slide PNGs; an empty list means it passed. */
export async function checkPngs(dir: string, count: number, width: number, height: number): Promise<string[]> {
  const files = (await readdir(dir)).filter(f => f.endsWith('.png')).sort()
  const problems = files.length === count ? [] : [`has ${files.length} PNGs, expected one per slide (${count})`]
  for (const f of files) {
    const size = pngSize(await readFile(join(dir, f)))
    if (size.width !== width || size.height !== height)
      problems.push(`${f} is ${size.width}×${size.height}, expected ${width}×${height}`)
  }
  return problems
}

/** Problems with the zipped site: one folder `top` holding exactly the site's files, index.html included, and `extra`. */
export async function checkZip(zip: string, top: string, siteFiles: string[], extra: string[] = []): Promise<string[]> {
  const entries = Object.keys(unzipSync(await readFile(zip))).filter(e => !e.endsWith('/')).sort()
  const problems: string[] = []
  if (!entries.includes(`${top}/index.html`))
    problems.push(`has no index.html in its folder ${top}/`)
  const expected = [...siteFiles, ...extra].map(f => `${top}/${f}`).sort()
  if (entries.join('\n') !== expected.join('\n'))
    problems.push(`holds ${entries.length} files, expected ${expected.length} in ${top}/ (the site's ${siteFiles.length} and ${extra.length} more)`)
  return problems
}

/**
 * Problems with an editable PPTX: one slide part per slide, each slide's title among its
 * editable text runs (not baked into a picture), and on each slide in `figureAlts`
 * (1-based) a picture of each figure (chart, timeline or diagram) with the given alt text.
 */
export async function checkPptx(file: string, titles: string[], figureAlts: ReadonlyMap<number, string[]> = new Map()): Promise<string[]> {
  const parts = unzipSync(await readFile(file))
  const slides = Object.keys(parts).filter(n => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))
  const problems = slides.length === titles.length ? [] : [`has ${slides.length} slides, expected ${titles.length}`]
  const squash = (s: string) => s.replace(/\s+/g, '').replace(/’/g, '\'')
  slides.forEach((name, i) => {
    const xml = new TextDecoder().decode(parts[name])
    const text = Array.from(xml.matchAll(/<a:t>([^<]*)<\/a:t>/g), m => unescapeXml(m[1])).join('')
    if (!text.trim())
      problems.push(`slide ${i + 1} has no editable text`)
    else if (titles[i] && !squash(text).includes(squash(titles[i])))
      problems.push(`slide ${i + 1}'s title "${titles[i]}" is not editable text`)
    const alts = pictureAlts(xml)
    ;(figureAlts.get(i + 1) ?? []).forEach((expected, k) => {
      if (alts[k] === undefined)
        problems.push(`slide ${i + 1} has no picture of its figure ${k + 1}`)
      else if (alts[k] !== expected)
        problems.push(`slide ${i + 1}'s figure picture is described as "${alts[k].slice(0, 60)}", not by its text alternative`)
    })
  })
  return problems
}

/**
 * Problems a colleague would meet opening the PPTX on another machine: a link to the
 * exporter's temporary server (or any local address), a slide jump to no slide, or text in
 * a font other than `font`, the one the slides were laid out in.
 */
export async function checkPptxTravels(file: string, font: string): Promise<string[]> {
  const parts = unzipSync(await readFile(file))
  const text = (name: string) => new TextDecoder().decode(parts[name])
  const slides = Object.keys(parts).filter(n => /^ppt\/slides\/slide\d+\.xml$/.test(n))
  const problems: string[] = []
  const otherFonts = new Map<string, number[]>()
  for (const name of slides) {
    const no = Number(name.match(/(\d+)\.xml$/)![1])
    const rels = parts[`ppt/slides/_rels/slide${no}.xml.rels`] ? text(`ppt/slides/_rels/slide${no}.xml.rels`) : ''
    for (const [element] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      const target = unescapeXml(element.match(/\sTarget="([^"]*)"/)?.[1] ?? '')
      if (/\/hyperlink"/.test(element) && isLocalAddress(target))
        problems.push(`slide ${no} links to ${target}, an address that only worked while exporting`)
      const jump = /\/relationships\/slide"/.test(element) && target.match(/^slide(\d+)\.xml$/)
      if (jump && !parts[`ppt/slides/${target}`])
        problems.push(`slide ${no} jumps to slide ${jump[1]}, which the file does not have`)
    }
    for (const other of [...typefacesIn(text(name))].filter(f => f !== font))
      otherFonts.set(other, [...otherFonts.get(other) ?? [], no])
  }
  for (const [other, on] of otherFonts)
    problems.push(`names the font ${other} (slides ${on.sort((a, b) => a - b).join(', ')}), not ${font}: the export lays the slides out in ${font}, drawn in the Arimo the export brings (node_modules/@expo-google-fonts/arimo; run npm ci if it is missing)`)
  return problems
}
