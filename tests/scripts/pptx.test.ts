import type { PlacedText } from '../../scripts/lib/pptx-layout'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync, zipSync } from 'fflate'
import { afterAll, describe, expect, it } from 'vitest'
import { checkPages } from '../../data'
import { fontconfigWithout } from '../../scripts/lib/export-fonts'
import { slideParagraphs } from '../../scripts/lib/pptx'
import { DECK_FONTS, fallbackFontBrowser, launcherWithoutWebFonts, PPTX_FONT, typefacesIn } from '../../scripts/lib/pptx-font'
import { badgesInSentences, textMissing, textOffPage, textOverText } from '../../scripts/lib/pptx-layout'
import { anchorsOn, deckTargets, isLocalAddress, linkSlides, relinkSlide, slideFor } from '../../scripts/lib/pptx-links'
import { checkPptxTravels } from '../../scripts/lib/verify-files'
// The fixture with two pages of checks, so that a check's anchor is looked for on the right one.
import { crowded as article } from '../fixture-variants'

const dir = mkdtempSync(join(tmpdir(), 'deck-pptx-unit-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const enc = (s: string) => new TextEncoder().encode(s)
const dec = (b: Uint8Array) => new TextDecoder().decode(b)

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink'
const SLIDE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide'
const LAYOUT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout'
function rel(id: string, type: string, target: string, external = true) {
  return `<Relationship Id="${id}" Type="${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`
}
const rels = (...items: string[]) => `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`
// As pptxgenjs writes a linked run: a self-closing click, or one holding the link colour.
function run(text: string, id?: string, withColour = false) {
  return `<a:r><a:rPr lang="en-US" sz="1050"><a:latin typeface="Arial"/>${
    !id
      ? ''
      : withColour
        ? `<a:hlinkClick r:id="${id}" invalidUrl="" action="" tgtFrame="" tooltip="" history="1"> <a:extLst><a:ext uri="{A12FA001}"><ahyp:hlinkClr val="tx"/></a:ext></a:extLst></a:hlinkClick>`
        : `<a:hlinkClick r:id="${id}" invalidUrl="" action="" tgtFrame="" tooltip="" history="1"/>`
  }</a:rPr><a:t>${text}</a:t></a:r>`
}
const slideXml = (...runs: string[]) => `<p:sld><p:txBody><a:p>${runs.join('')}</a:p></p:txBody></p:sld>`

describe('isLocalAddress', () => {
  it('is true for what only worked on the exporting machine', () => {
    for (const href of ['http://localhost:3030/print?print=true#check-a', 'http://127.0.0.1:8080/21', 'http://[::1]:5173/', 'http://0.0.0.0/', 'http://deck.localhost/', 'http://192.168.1.20/', 'http://10.1.2.3/', 'http://172.20.0.1/', 'http://printer.local/', '/checks-2', '#check-a', 'file:///tmp/deck.html'])
      expect(isLocalAddress(href), href).toBe(true)
  })
  it('is false for public addresses, https or not', () => {
    for (const href of ['https://www.example.com/news/1697634/x', 'http://example.com/', 'https://172.32.0.1/', 'mailto:desk@example.com'])
      expect(isLocalAddress(href), href).toBe(false)
  })
})

describe('deckTargets and slideFor', () => {
  const [first, second] = checkPages(article)
  const slides = [
    { content: '# Cover', frontmatter: {} },
    { content: '# Checks\n\n<CriticalReading />', frontmatter: { routeAlias: 'checks-1' } },
    { content: '# Checks\n\n<CriticalReading :page="2" />', frontmatter: { routeAlias: 'checks-2' } },
  ]
  const targets = deckTargets(article, slides)

  it('finds each check row\'s anchor on the slide that shows its page of checks', () => {
    expect(anchorsOn(article, slides[2])).toEqual(second.map(c => `check-${c.id}`))
    expect(targets.anchors.get(`check-${first[0].id}`)).toBe(2)
    expect(targets.anchors.get(`check-${second.at(-1)!.id}`)).toBe(3)
  })

  it('resolves an anchor, a slide number or a route alias, with or without the exporter\'s server', () => {
    expect(slideFor(`http://localhost:41234/print?print=true#check-${second[0].id}`, targets)).toBe(3)
    expect(slideFor('http://localhost:41234/checks-2?print=true', targets)).toBe(3)
    expect(slideFor('http://localhost:41234/deck/1', targets)).toBe(1)
    expect(slideFor('/2', targets)).toBe(2)
    expect(slideFor('#/3', targets)).toBe(3)
    expect(slideFor('http://localhost:41234/2#check-nowhere', targets)).toBe(2)
    expect(slideFor('http://localhost:41234/21#check-nowhere', targets)).toBeUndefined()
    expect(slideFor('http://localhost:41234/print?print=true', targets)).toBeUndefined()
    expect(slideFor('http://localhost:41234/%E0%A4#%zz', targets)).toBeUndefined()
  })
})

describe('relinkSlide', () => {
  const before = rels(
    rel('rId1', HYPERLINK, 'http://localhost:41234/print?print=true#check-a'),
    rel('rId2', HYPERLINK, 'http://localhost:41234/print?print=true#gone'),
    rel('rId3', HYPERLINK, 'https://www.example.com/x?a=1&amp;b=2'),
    rel('rId4', LAYOUT, '../slideLayouts/slideLayout1.xml', false),
    rel('rId5', HYPERLINK, 'http://localhost:41234/99'),
  )
  const slide = slideXml(run('Claim. '), run('WRONG', 'rId1'), run(' gone', 'rId2', true), run(' source', 'rId3'), run(' far', 'rId5'))
  const target = (href: string) => ({ '#check-a': 20, '#gone': undefined } as Record<string, number | undefined>)[new URL(href).hash] ?? Number(new URL(href).pathname.slice(1))
  const out = relinkSlide(before, slide, 35, target)

  it('makes a link to the exporter\'s server a jump to the slide it meant', () => {
    expect(out.rels).toContain(`<Relationship Id="rId1" Type="${SLIDE}" Target="slide20.xml"/>`)
    expect(out.slide).toContain('<a:hlinkClick r:id="rId1" invalidUrl="" tgtFrame="" tooltip="" history="1" action="ppaction://hlinksldjump"/>')
    expect(out.jumps).toEqual([{ href: 'http://localhost:41234/print?print=true#check-a', to: 20 }])
  })

  it('removes a local link that lands on no slide, or past the last one, with its click', () => {
    expect(out.dropped).toEqual(['http://localhost:41234/print?print=true#gone', 'http://localhost:41234/99'])
    expect(out.rels).not.toContain('rId2')
    expect(out.rels).not.toContain('rId5')
    expect(out.slide).not.toMatch(/rId2|rId5|hlinkClr/)
    expect(slideParagraphs(out.slide)).toEqual(['Claim. WRONG gone source far'])
  })

  it('leaves links elsewhere and other relationships as they were', () => {
    expect(out.rels).toContain(rel('rId3', HYPERLINK, 'https://www.example.com/x?a=1&amp;b=2'))
    expect(out.rels).toContain(rel('rId4', LAYOUT, '../slideLayouts/slideLayout1.xml', false))
    expect(out.slide).toContain('<a:hlinkClick r:id="rId3" invalidUrl="" action="" tgtFrame="" tooltip="" history="1"/>')
  })
})

describe('linkSlides and checkPptxTravels', () => {
  const deck = (first: string, firstRels: string) => zipSync({
    'ppt/slides/slide1.xml': enc(first),
    'ppt/slides/_rels/slide1.xml.rels': enc(firstRels),
    'ppt/slides/slide2.xml': enc(slideXml(run('Checks'))),
  })

  it('rewrites a PPTX in place, which then travels; before, the check names the dead link', async () => {
    const file = join(dir, 'links.pptx')
    writeFileSync(file, deck(slideXml(run('See '), run('WRONG', 'rId1')), rels(rel('rId1', HYPERLINK, 'http://localhost:3030/checks-2?print=true'))))
    expect(await checkPptxTravels(file, 'Arial')).toEqual(['slide 1 links to http://localhost:3030/checks-2?print=true, an address that only worked while exporting'])
    const targets = deckTargets(article, [{ content: '', frontmatter: {} }, { content: '', frontmatter: { routeAlias: 'checks-2' } }])
    expect(await linkSlides(file, targets)).toEqual({ jumps: [{ href: 'http://localhost:3030/checks-2?print=true', to: 2 }], dropped: [] })
    expect(dec(unzipSync(readFileSync(file))['ppt/slides/_rels/slide1.xml.rels'])).toContain('Target="slide2.xml"')
    expect(await checkPptxTravels(file, 'Arial')).toEqual([])
  })

  it('names a jump to a slide the file lacks, and fonts other than the one the slides were laid out in', async () => {
    const file = join(dir, 'fonts.pptx')
    writeFileSync(file, deck(slideXml(run('x', 'rId1'), '<a:r><a:rPr><a:latin typeface="Source Sans 3"/></a:rPr><a:t>y</a:t></a:r>'), rels(rel('rId1', SLIDE, 'slide7.xml', false))))
    expect(await checkPptxTravels(file, 'Arial')).toEqual([
      'slide 1 jumps to slide 7, which the file does not have',
      'names the font Source Sans 3 (slides 1), not Arial: the export lays the slides out in Arial, drawn in the Arimo the export brings (node_modules/@expo-google-fonts/arimo; run npm ci if it is missing)',
    ])
  })
})

describe('the PPTX\'s font', () => {
  it('is the family styles/deck.css falls back to after the deck\'s own fonts', () => {
    const css = readFileSync(join(__dirname, '../../styles/deck.css'), 'utf8')
    const stack = css.match(/\.slidev-layout\s*\{[^}]*font-family:\s*([^;\s][^;]*);/)![1].split(',').map(f => f.trim().replace(/^'|'$/g, ''))
    expect(stack.slice(0, stack.indexOf(PPTX_FONT) + 1)).toEqual([...DECK_FONTS, PPTX_FONT])
  })

  it('comes from a Chromium launcher that ignores web fonts, whatever the path holds', () => {
    expect(launcherWithoutWebFonts('/opt/it\'s chrome/chrome')).toBe('#!/bin/sh\nexec \'/opt/it\'\\\'\'s chrome/chrome\' --disable-remote-fonts "$@"\n')
    const echoed = spawnSync('sh', ['-c', launcherWithoutWebFonts('/bin/echo').split('\n')[1], 'sh', 'a b'], { encoding: 'utf8' })
    expect(echoed.stdout).toBe('--disable-remote-fonts a b\n')
  })

  it('is written with a fontconfig file that hides the deck\'s fonts', async () => {
    const { executable, env } = await fallbackFontBrowser('/usr/bin/chromium', dir)
    expect(statSync(executable).mode & 0o111).toBe(0o111)
    const config = readFileSync(env.FONTCONFIG_FILE!, 'utf8')
    expect(config).toContain('<include ignore_missing="yes">/etc/fonts/fonts.conf</include>')
    for (const family of DECK_FONTS)
      expect(config).toContain(`<patelt name="family"><string>${family}</string></patelt>`)
    expect(fontconfigWithout(['A & B'])).toContain('<string>A &amp; B</string>')
    // Diagrams, pictures in the PPTX, are laid out in the font this browser shows them in.
    expect(env.DECK_DIAGRAM_FONT).toBe(PPTX_FONT)
  })

  const fcList = spawnSync('fc-list', ['--version']).status === 0
  if (!fcList)
    console.warn('Skipped: fontconfig (fc-list) is not installed, so the hiding of a font is not tried here')
  it.skipIf(!fcList)('hides a font from fontconfig (tried on whatever family this machine has)', () => {
    const family = spawnSync('fc-list', [':', 'family'], { encoding: 'utf8' }).stdout.split('\n')[0].split(',')[0]
    const config = join(dir, 'hide.conf')
    writeFileSync(config, fontconfigWithout([family]))
    const listed = (env: NodeJS.ProcessEnv) => spawnSync('fc-list', [`${family}`, 'family'], { encoding: 'utf8', env: { ...process.env, ...env } }).stdout
    expect(listed({})).toContain(family)
    expect(listed({ FONTCONFIG_FILE: config })).toBe('')
  })

  it('is read from every run of a slide', () => {
    expect(typefacesIn('<a:latin typeface="Arial" pitchFamily="34"/><a:ea typeface="Arial"/><a:cs typeface="DejaVu Sans"/>')).toEqual(new Set(['Arial', 'DejaVu Sans']))
  })
})

describe('layout checks on a printed page', () => {
  // Runs as pdf.js reports them, in points from the top left.
  const at = (text: string, group: number, x0: number, baseline: number, width: number, size = 12): PlacedText =>
    ({ text, group, x0, x1: x0 + width, baseline, top: baseline - 0.75 * size, bottom: baseline + 0.2 * size, size })
  const page = (...texts: PlacedText[]) => ({ width: 720, height: 405, texts })

  it('finds text past an edge, by how far', () => {
    expect(textOffPage(page(at('inside', 1, 10, 20, 100), at('right', 2, 680, 100, 50), at('below', 3, 10, 404, 20)))).toEqual([
      '"right" runs 10 pt past the right edge',
      '"below" runs 1.4 pt past the bottom edge',
    ])
  })

  it('finds runs of different paragraphs drawn over each other, but not runs of one paragraph side by side', () => {
    expect(textOverText(page(at('first line', 1, 10, 20, 100), at('same', 1, 100, 20, 40), at('next box', 2, 60, 26, 80), at('clear', 3, 10, 60, 100)))).toEqual([
      '"first line" and "next box" are drawn over each other (50 × 5.4 pt)',
      '"same" and "next box" are drawn over each other (40 × 5.4 pt)',
    ])
  })

  it('wants a badge beside the words before it, or opening the next line, never elsewhere', () => {
    const words = ['WRONG', 'ACCURATE']
    const beside = page(at('the two leaders met.', 1, 10, 20, 110), at('WRONG', 1, 124, 20, 40, 10))
    const wrapped = page(at('a long line that ends', 1, 10, 20, 300), at('ACCURATE', 1, 10, 36, 50, 10))
    const floated = page(at('the two leaders met.', 1, 10, 20, 110), at('WRONG', 1, 300, 20, 40, 10))
    const under = page(at('The plan', 1, 10, 20, 40), at('line', 1, 10, 36, 200), at('WRONG', 1, 220, 70, 40, 10))
    const own = page(at('WRONG', 4, 10, 20, 40, 10), at('one run WRONG', 5, 10, 60, 90))
    expect(badgesInSentences(beside, words)).toEqual({ found: 1, problems: [] })
    expect(badgesInSentences(wrapped, words)).toEqual({ found: 1, problems: [] })
    expect(badgesInSentences(floated, words).problems).toEqual(['the badge "WRONG" is not beside "the two leaders met.", the words it follows (180 pt across, 0 pt down)'])
    expect(badgesInSentences(under, words).problems).toEqual(['the badge "WRONG" is not beside "line", the words it follows (10 pt across, 34 pt down)'])
    expect(badgesInSentences(own, words)).toEqual({ found: 1, problems: [] })
  })

  it('finds a paragraph the page does not draw, whitespace aside', () => {
    const drawn = page(at('Context verified on 24 Nov', 1, 10, 380, 100), at('2026; record through Jun', 1, 10, 392, 100))
    expect(textMissing(drawn, ['Context verified on 24 Nov 2026; record through Jun', 'Context verified on 24 Nov 2026; record through Jun 2026', ''])).toEqual([
      '"Context verified on 24 Nov 2026; record through Jun 2026" is not drawn (cut off?)',
    ])
  })
})

describe('slideParagraphs', () => {
  it('reads each paragraph\'s runs as one text', () => {
    expect(slideParagraphs('<p:sp><a:p><a:r><a:t>The mayor&apos;s hope </a:t></a:r><a:r><a:t>WRONG</a:t></a:r></a:p><a:p><a:endParaRPr/></a:p></p:sp>')).toEqual(['The mayor\'s hope WRONG', ''])
  })
})
