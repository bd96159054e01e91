import type { PageLayout } from '../../scripts/lib/pptx-layout'
// Journey: a colleague opens the exported PPTX on a machine without the deck's font. The
// real export, then LibreOffice lays the file out with Source Sans 3 hidden from fontconfig,
// and the text is judged where LibreOffice drew it (from the PDF it prints).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hostOf, pointById } from '../../data'
import { verdicts } from '../../data/verdicts'
import { deckArticle, decksIn } from '../../scripts/lib/decks'
import { fontconfigWithout } from '../../scripts/lib/export-fonts'
import { slideParagraphs } from '../../scripts/lib/pptx'
import { DECK_FONTS } from '../../scripts/lib/pptx-font'
import { badgesInSentences, readPdfLayout, textMissing, textOffPage, textOverText } from '../../scripts/lib/pptx-layout'
import { exportedDecks } from './export-run'

const LOCAL = /localhost|127(?:\.\d+){3}|\[::1\]|0\.0\.0\.0/g
const squash = (s: string) => s.replace(/\s+/g, '')

/** Each slide's problems, as "slide N: …" lines. */
function perSlide(pages: PageLayout[], check: (page: PageLayout, i: number) => string[]) {
  return pages.flatMap((page, i) => check(page, i).map(p => `slide ${i + 1}: ${p}`))
}

// Every variant of every real deck.
const cases = (await Promise.all(decksIn().map(async (deck) => {
  const article = await deckArticle(deck)
  return article.deck.variants.map(v => ({ deck, article, variant: v.id, name: `${deck.id}-${v.id}` }))
}))).flat()

// The run's one export of every deck (exported.ts) made the PPTX files.
const work = mkdtempSync(join(tmpdir(), 'deck-pptx-journey-'))
let exported: Awaited<ReturnType<typeof exportedDecks>>
beforeAll(async () => {
  exported = await exportedDecks()
}, 900_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe.each(cases)('the exported $name PPTX, opened where the deck\'s font is not installed', ({ deck, article, variant, name }) => {
  let pptx: string
  const convertedDir = join(work, name)
  let converted: ReturnType<typeof spawnSync>
  let parts: Record<string, Uint8Array>
  let pages: PageLayout[]
  const slideXml = (no: number) => new TextDecoder().decode(parts[`ppt/slides/slide${no}.xml`])

  beforeAll(async () => {
    if (exported.status !== 0)
      return
    pptx = join(exported.out, deck.id, variant, `${name}.pptx`)
    parts = unzipSync(readFileSync(pptx))
    // The deck's fonts hidden, and a fresh profile, so no font LibreOffice cached leaks in.
    const fontconfig = join(work, `fonts-${name}.conf`)
    writeFileSync(fontconfig, fontconfigWithout(DECK_FONTS))
    converted = spawnSync('soffice', [
      `-env:UserInstallation=${pathToFileURL(join(work, `profile-${name}`)).href}`,
      '--headless',
      // Tagged, so each paragraph's text comes out as one marked group.
      '--convert-to',
      'pdf:impress_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}',
      '--outdir',
      convertedDir,
      pptx,
    ], { encoding: 'utf8', timeout: 180_000, env: { ...process.env, FONTCONFIG_FILE: fontconfig } })
    if (converted.status === 0)
      pages = await readPdfLayout(join(convertedDir, `${name}.pdf`))
  }, 240_000)

  it('is exported', () => {
    expect(exported.status, `${exported.stderr}${exported.stdout}`).toBe(0)
  })

  it('links to no address that only worked while exporting', () => {
    const problems = Object.entries(parts)
      .filter(([name]) => /^ppt\/slides\/(?:_rels\/)?slide\d+\.xml(?:\.rels)?$/.test(name))
      .flatMap(([name, bytes]) => {
        const xml = new TextDecoder().decode(bytes)
        // Sources are https; any other address a link opens would be the exporter's server.
        const found = name.endsWith('.rels')
          ? Array.from(xml.matchAll(/<Relationship\s[^>]*TargetMode="External"[^>]*>/g), m => m[0].match(/Target="([^"]*)"/)![1]).filter(url => !url.startsWith('https://'))
          : Array.from(xml.matchAll(LOCAL), m => m[0])
        return found.map(f => `${name}: ${f}`)
      })
    expect(problems).toEqual([])
  })

  it('is converted by LibreOffice without the deck\'s font, in the font the slides were laid out in', () => {
    expect(spawnSync('soffice', ['--version']).status, 'LibreOffice (soffice) is needed for this check: apt-get install -y libreoffice-impress').toBe(0)
    expect(converted.status, `${converted.stderr}${converted.stdout}`).toBe(0)
    const fonts = spawnSync('pdffonts', [join(convertedDir, `${name}.pdf`)], { encoding: 'utf8' })
    expect(fonts.status, 'poppler (pdffonts) is needed for this check: apt-get install -y poppler-utils').toBe(0)
    expect(fonts.stdout).not.toMatch(/SourceSans/i)
    expect(fonts.stdout, 'Arial or its metric twin Liberation Sans must be installed (Debian: fonts-liberation2)').toMatch(/LiberationSans|Arial/)
    expect(pages, 'one page per slide').toHaveLength(Object.keys(parts).filter(p => /^ppt\/slides\/slide\d+\.xml$/.test(p)).length)
  })

  // The class deck's markers, rows and badges in sentences; the briefing has none of them.
  const classOnly = variant === 'class' ? it : undefined
  classOnly?.('has each verdict marker jump to the slide that explains its check', () => {
    const text = pages.map(p => squash(p.texts.map(t => t.text).join('')))
    const jumps = pages.flatMap((p, i) => p.links.filter(l => l.page).map(l => ({ from: i + 1, to: l.page! })))
    // The critical-reading row explains a check; the self-check before it shows the record too.
    const explains = (check: typeof article.assessments[number]) => text.findLastIndex(t => t.includes(squash(check.record))) + 1
    const missing = article.assessments.flatMap((check) => {
      const explained = explains(check)
      const shown = text.flatMap((t, i) => t.includes(squash(pointById(article, check.point).text)) && i + 1 !== explained ? [i + 1] : [])
      return jumps.some(j => shown.includes(j.from) && j.to === explained) ? [] : [`${check.id}: no jump from slide ${shown.join(' or ')} to slide ${explained}`]
    })
    expect(missing).toEqual([])
    const explaining = new Set(article.assessments.map(explains))
    expect(jumps.filter(j => !explaining.has(j.to)).map(j => `slide ${j.from} jumps to slide ${j.to}, which explains no check`)).toEqual([])
  })

  classOnly?.('keeps each row\'s source links apart as text, not run together', () => {
    const paragraphs = Object.keys(parts).filter(n => /^ppt\/slides\/slide\d+\.xml$/.test(n)).flatMap(n => slideParagraphs(new TextDecoder().decode(parts[n])))
    const glued = [...article.assessments, ...article.context].flatMap(({ sources }) => sources.slice(1).flatMap((url, i) => {
      const [first, next] = [hostOf(sources[i]), hostOf(url)]
      const row = paragraphs.find(p => p.includes(first) && p.includes(next, p.indexOf(first) + first.length))
      const between = row?.slice(row.indexOf(first) + first.length, row.indexOf(next, row.indexOf(first) + first.length))
      return between !== undefined && /\s/.test(between) ? [] : [`${first} and ${next}: ${row === undefined ? 'not in one paragraph' : `"${first}${between}${next}"`}`]
    }))
    expect(glued).toEqual([])
  })

  it('draws every paragraph, none past its slide\'s edges', () => {
    expect(perSlide(pages, (page, i) => [...textOffPage(page), ...textMissing(page, slideParagraphs(slideXml(i + 1)))])).toEqual([])
  })

  it('draws no text over the text of another box', () => {
    expect(perSlide(pages, page => textOverText(page))).toEqual([])
  })

  classOnly?.('keeps each verdict badge beside the words of its sentence', () => {
    const words = verdicts.map(v => v.toUpperCase())
    const found = pages.map(page => badgesInSentences(page, words))
    expect(perSlide(pages, (_, i) => found[i].problems)).toEqual([])
    // Every check's point carries its marker, so none can have left its sentence unseen.
    expect(found.reduce((n, f) => n + f.found, 0)).toBe(article.assessments.length)
  })
})
