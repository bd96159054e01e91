import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { describePictures, pictureAltText } from '../../scripts/lib/pptx'
import { checkPngs, checkPptx, checkZip, pngSize } from '../../scripts/lib/verify-files'
import { listFiles, zipFolder } from '../../scripts/lib/zip'

function png(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33)
  bytes.set([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
  const view = new DataView(bytes.buffer)
  view.setUint32(16, width)
  view.setUint32(20, height)
  return bytes
}

describe('pngSize', () => {
  it('reads the size from the header', () => expect(pngSize(png(1960, 1104))).toEqual({ width: 1960, height: 1104 }))
  it('refuses a file that is not a PNG', () => expect(() => pngSize(new Uint8Array(40))).toThrow(/not a PNG/))
})

describe('checkPngs', () => {
  it('reports a missing slide and a wrong size', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pngs-'))
    await writeFile(join(dir, 'slide-01.png'), png(1960, 1104))
    await writeFile(join(dir, 'slide-02.png'), png(980, 552))
    expect(await checkPngs(dir, 2, 1960, 1104)).toEqual(['slide-02.png is 980×552, expected 1960×1104'])
    expect(await checkPngs(dir, 3, 1960, 1104)).toContain('has 2 PNGs, expected one per slide (3)')
    await rm(dir, { recursive: true })
  })
})

describe('zipFolder and checkZip', () => {
  it('zips a folder into one top folder with index.html and checks it against the folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'site-'))
    await writeFile(join(dir, 'index.html'), '<!doctype html>')
    await writeFile(join(dir, 'app.js'), 'x')
    const zip = join(dir, '..', `${dir.split('/').pop()}.zip`)
    await zipFolder(dir, zip, 'deck-site')
    const files = await listFiles(dir)
    expect(files).toEqual(['app.js', 'index.html'])
    expect(Object.keys(unzipSync(await readFile(zip))).sort()).toEqual(['deck-site/app.js', 'deck-site/index.html'])
    expect(await checkZip(zip, 'deck-site', files)).toEqual([])
    expect(await checkZip(zip, 'deck-site', [...files, 'missing.css'])).toEqual(['holds 2 files, expected 3 in deck-site/ (the site\'s 3 and 0 more)'])
    await zipFolder(dir, zip, 'deck-site', { 'README.txt': 'how to open' })
    expect(await checkZip(zip, 'deck-site', files, ['README.txt'])).toEqual([])
    expect(await checkZip(zip, 'deck-site', files)).toEqual(['holds 3 files, expected 2 in deck-site/ (the site\'s 2 and 0 more)'])
    await writeFile(zip, zipSync({ 'index.html': new Uint8Array(1) }))
    expect(await checkZip(zip, 'deck-site', ['index.html'])).toContain('has no index.html in its folder deck-site/')
    await rm(dir, { recursive: true })
    await rm(zip)
  })
})

describe('checkPptx', () => {
  const enc = (s: string) => new TextEncoder().encode(s)
  const pic = (alt: string) => `<p:pic>  <p:nvPicPr><p:cNvPr id="4" name="Image 0" descr="${alt}"></p:cNvPr></p:nvPicPr><a:blip r:embed="rId1"/></p:pic>`
  const deck = () => zipSync({
    'ppt/slides/slide1.xml': enc('<p:sld><a:t>India&apos;s </a:t><a:t>answer &amp; more</a:t></p:sld>'),
    'ppt/slides/slide2.xml': enc(`<p:sld><a:t>Who sends what</a:t>${pic('Rendered as an image because of CSS foreign-object')}</p:sld>`),
    'ppt/slides/slide3.xml': enc(`<p:sld>${pic('x')}</p:sld>`),
    'ppt/slides/slide10.xml': enc('<p:sld><a:t>Sources</a:t></p:sld>'),
    'ppt/slides/_rels/slide1.xml.rels': enc('<x/>'),
  })
  const titles = ['India’s answer & more', 'Who sends what', 'The escalation', 'Sources']

  it('wants one slide part per slide with its title as editable text', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'pptx-')), 'deck.pptx')
    await writeFile(file, deck())
    expect(await checkPptx(file, titles)).toEqual(['slide 3 has no editable text'])
    expect(await checkPptx(file, ['India’s answer & more', 'Who sends what to whom', '', 'Sources'])).toEqual([
      'slide 2\'s title "Who sends what to whom" is not editable text',
      'slide 3 has no editable text',
    ])
    expect(await checkPptx(file, [...titles, 'Extra'])).toContain('has 4 slides, expected 5')
  })

  it('wants each diagram picture described by its text alternative, which describePictures writes', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'pptx-')), 'deck.pptx')
    await writeFile(file, deck())
    const alts = new Map([[2, ['Who sends what. Arrows <from> "sender" & more']], [4, ['Sources diagram']]])
    expect(await checkPptx(file, titles, alts)).toEqual([
      'slide 2\'s figure picture is described as "Rendered as an image because of CSS foreign-object", not by its text alternative',
      'slide 3 has no editable text',
      'slide 4 has no picture of its figure 1',
    ])
    await describePictures(file, alts)
    expect(await checkPptx(file, titles, new Map([[2, alts.get(2)!]]))).toEqual(['slide 3 has no editable text'])
    // Slides not named keep their pictures' alt text.
    expect(await checkPptx(file, titles, new Map([[3, ['x']]]))).toEqual(['slide 3 has no editable text'])
  })
})

describe('pictureAltText', () => {
  it('reads a diagram\'s title, summary and lines as sentences', () => {
    const diagram = { title: 'Who sends what', summary: 'Two flows.', lines: ['US → India: tariffs', 'Russia → India: oil.'] }
    expect(pictureAltText(diagram)).toBe('Who sends what. Two flows. US → India: tariffs. Russia → India: oil.')
  })
})
