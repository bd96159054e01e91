// End to end: the real `npm run export` of every deck (run once for the test run, see
// exported.ts) with the real Chromium, then each deck's files checked independently of the
// exporter (pdf.js for text, poppler for pixels, the file system for the site), by what
// that deck's own slides and data show.
import type { Buffer } from 'node:buffer'
import type { ExportResult } from './export-run'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import process from 'node:process'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkAliasFor } from '../../data'
import { aboutDate, formatDate, freshnessLine } from '../../data/format'
import { launchChromium, openSlide } from '../../scripts/lib/browse'
import { diagramsOn, loadSlides, ROOT } from '../../scripts/lib/deck'
import { deckArticle, decksIn, writeEntry } from '../../scripts/lib/decks'
import { slidePages } from '../../scripts/lib/handout-check'
import { imageWidths, readPdfText } from '../../scripts/lib/pdf'
import { pictureAlts } from '../../scripts/lib/pptx'
import { withoutShareTags } from '../../scripts/lib/share-card'
import { DECK } from '../deck-under-test'
import { exportedDecks } from './export-run'
import { ARIAL_TWINS, HOSTED } from './exported'

const squashed = (s: string) => s.replace(/\s+/g, '')
const shows = (slide: { content: string }, tag: string) => slide.content.includes(`<${tag}`)

const tsx = join(ROOT, 'node_modules/.bin/tsx')
const exportScript = join(ROOT, 'scripts/export.ts')
function runExport(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(tsx, [exportScript, ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' })
}

// Every variant of every real deck, with the slides its entry lists.
const decks = await Promise.all(decksIn().map(async (deck) => {
  const article = await deckArticle(deck)
  const variants = await Promise.all(article.deck.variants.map(async v => ({ id: v.id, slides: await loadSlides(await writeEntry(deck, v.id)) })))
  return { deck, article, variants }
}))
const runs = decks.flatMap(({ deck, article, variants }) => variants.map(v => ({ deck, article, variant: v.id, slides: v.slides, name: `${deck.id}-${v.id}` })))

let exported: ExportResult
beforeAll(async () => {
  exported = await exportedDecks()
}, 900_000)

describe('npm run export, every deck', () => {
  it('was run where the system has neither Arial nor its metric twins', () => {
    const fcMatch = spawnSync('fc-match', ['-f', '%{family[0]}', 'Liberation Sans'], { encoding: 'utf8', env: { ...process.env, FONTCONFIG_FILE: exported.fontconfig } })
    expect(fcMatch.status, 'fontconfig (fc-match) is needed for this check: apt-get install -y fontconfig').toBe(0)
    expect(fcMatch.stdout).not.toMatch(new RegExp(ARIAL_TWINS.join('|')))
  })

  it('succeeds and reports each step and a summary', () => {
    expect(exported.status, exported.stderr + exported.stdout).toBe(0)
    for (const { deck, variant, slides, name } of runs) {
      expect(exported.stdout).toContain(`✓ Build the site for base /deck/${deck.id}/${variant}/ (`)
      expect(exported.stdout).toMatch(new RegExp(`${deck.id}/${variant}/${name}\\.pdf\\s+\\d+ KiB`))
      expect(exported.stdout).toContain(`✓ Render ${slides.length} light slides`)
    }
    for (const step of ['Print the slides PDF', 'Export the editable PPTX (light slides)', 'Zip the site', 'Write the slide PNGs', 'Print the briefing handout (A4)', 'Print the student handout (A4)'])
      expect(exported.stdout).toContain(`✓ ${step}`)
    expect(exported.stdout).toContain(`✓ Put the ${decks.length} decks' sites and their landing page together`)
  })

  it('leaves each deck a folder of its variants, each with its files and no temporary ones, and the hosted site beside them', () => {
    expect(ls(exported.out)).toEqual([...decks.map(d => d.deck.id), 'site'].sort())
    for (const { deck, article, variants } of decks) {
      expect(ls(join(exported.out, deck.id))).toEqual(variants.map(v => v.id).sort())
      for (const { id, slides } of variants) {
        const name = `${deck.id}-${id}`
        const expected = [
          'handout-briefing.pdf',
          'handout-student.pdf',
          `${name}-site.zip`,
          `${name}.pdf`,
          `${name}.pptx`,
          'png',
          'site',
          ...article.briefing ? ['briefing-note.pdf'] : [],
          ...slides.some(s => shows(s, 'SelfCheck')) ? ['self-check-answers.pdf', 'self-check-quiz.pdf'] : [],
        ]
        expect(ls(join(exported.out, deck.id, id)), name).toEqual(expected.sort())
      }
    }
  })

  it('puts every variant\'s site under the hosted site, each at its own sub-path, and a landing page that links them', () => {
    const site = join(exported.out, 'site')
    const landing = readFileSync(join(site, 'index.html'), 'utf8')
    for (const { deck, variant } of runs) {
      expect(landing).toContain(`href="/deck/${deck.id}/${variant}/"`)
      expect(readFileSync(join(site, deck.id, variant, 'index.html'), 'utf8')).toContain(`src="/deck/${deck.id}/${variant}/deck-boot.js"`)
    }
    expect(withoutShareTags(landing)).not.toMatch(/(?:src|href|content)="https?:/)
  })
})

/** 210 × 297 mm, in points, as Chromium rounds it to its own units. */
const isA4 = (width: number, height: number) => Math.abs(width - 595.3) < 1.5 && Math.abs(height - 841.9) < 1.5

describe.each(runs)('the $name export', ({ deck, article, variant, slides, name }) => {
  let out: string
  let pages: string[]
  let links: string[][]
  const slideCount = slides.length
  /** Each slide's title as the handouts print it: the cover's is the source's. */
  const titles = slides.map((s, i) => i ? s.title ?? '' : article.source.title)
  const timeline = slides.some(s => shows(s, 'EventTimeline'))
  const checks = slides.some(s => shows(s, 'CriticalReading'))

  beforeAll(async () => {
    out = join(exported.out, deck.id, variant)
    if (exported.status === 0)
      ({ pages, links } = await readPdfText(join(out, `${name}.pdf`)))
  })

  it('writes one PNG per slide at twice the canvas size', async () => {
    const { pngSize } = await import('../../scripts/lib/verify-files')
    const files = readdirSync(join(out, 'png')).filter(f => f.endsWith('.png'))
    expect(files).toHaveLength(slideCount)
    expect(pngSize(readFileSync(join(out, 'png', files[0])))).toEqual({ width: 1960, height: 1104 })
  })

  it('prints the briefing handout with every slide and its notes, each from a landscape page of its own, and the sources of what its slides show', async () => {
    const { pages: hp, links: hl, tagged, pageSizes, runs: textRuns } = await readPdfText(join(out, 'handout-briefing.pdf'))
    expect(hp.length).toBeGreaterThanOrEqual(slideCount)
    expect(tagged).toBe(true)
    // A4 turned: the slide is printed wide enough for its body text to reach 9 pt.
    expect(pageSizes.filter(p => !isA4(p.height, p.width))).toEqual([])
    // Everything but the running footer, the slides' small print too, prints at 9 pt or more.
    const footer = (text: string) => /^page \d+ of \d+$/.test(text) || text.startsWith(article.deck.title)
    const under = textRuns.flatMap((page, i) => page.filter(r => !footer(r.text) && Math.round(r.size * 10) / 10 < 9).map(r => `page ${i + 1}: ${r.size.toFixed(1)} pt "${r.text}"`))
    expect(under).toEqual([])
    const at = slidePages(hp, titles, 'briefing')
    slides.forEach((s, i) => {
      expect(at[i], `slide ${i + 1}'s page`).toBeGreaterThanOrEqual(0)
      const firstNote = s.note?.trim().split('\n')[0].slice(0, 40)
      if (firstNote)
        expect(squashed(hp[at[i]] ?? ''), `slide ${i + 1}`).toContain(squashed(firstNote))
    })
    const all = new Set(hl.flat())
    for (const url of timeline ? article.context.flatMap(e => e.sources) : [])
      expect(all.has(url), url).toBe(true)
  })

  it('prints the student handout two slides to an upright page, with room to write', async () => {
    const { pages: sp, pageSizes } = await readPdfText(join(out, 'handout-student.pdf'))
    expect(sp).toHaveLength(Math.ceil(slideCount / 2))
    expect(pageSizes.filter(p => !isA4(p.width, p.height))).toEqual([])
    expect(slidePages(sp, titles, 'student').every(p => p >= 0)).toBe(true)
  })

  it.each(['briefing', 'student'])('prints the %s handout\'s slides as real text: every title and every key point\'s words, links, no picture of a slide, nothing under 6.5 pt', async (layout) => {
    const file = join(out, `handout-${layout}.pdf`)
    const { pages, links, jumps, smallestText, outline, info } = await readPdfText(file)
    const text = squashed(pages.join(' '))
    // Its own title and the deck's author; the slides PDF's bookmarks, each once, and the source list's.
    expect(info.Title).toBe(`${layout === 'briefing' ? 'Briefing' : 'Student'} handout: ${slides[0].frontmatter.title}`)
    expect(info.Author).toBeTruthy()
    const { outline: slideBookmarks } = await readPdfText(join(out, `${name}.pdf`))
    expect(outline).toEqual([...slideBookmarks, ...layout === 'briefing' ? ['Sources cited in this handout'] : []])
    // Verdict markers jump to their check's row inside the handout.
    if (checks)
      expect(jumps.flat().length, 'markers that jump within the handout').toBeGreaterThan(0)
    for (const title of titles)
      expect(text, title).toContain(squashed(title))
    for (const point of article.points.filter(p => slides.some(s => s.content.includes(`section="${p.section}"`) || (p.list && s.content.includes(`list="${p.list}"`)))))
      expect(text, point.id).toContain(squashed(point.text))
    expect(links.flat()).toContain(article.source.url)
    expect(links.flat().some(l => /127\.0\.0\.1|localhost/.test(l)), 'a link to the exporting machine').toBe(false)
    expect((await imageWidths(file)).filter(w => w > 1000)).toEqual([])
    expect(smallestText.map((pt, i) => [i + 1, pt]).filter(([, pt]) => pt && pt < 6.5)).toEqual([])
    expect(statSync(file).size).toBeLessThanOrEqual(1.5 * 1024 * 1024)
  })

  // The PPTX journey (pptx.test.ts) opens it in LibreOffice; here, what the file itself says.
  it('writes an editable PPTX, one slide per slide, each diagram picture with its text alternative', async () => {
    const { unzipSync } = await import('fflate')
    const parts = unzipSync(readFileSync(join(out, `${name}.pptx`)))
    expect(Object.keys(parts).filter(p => /^ppt\/slides\/slide\d+\.xml$/.test(p))).toHaveLength(slideCount)
    slides.forEach((slide, i) => {
      const alts = pictureAlts(new TextDecoder().decode(parts[`ppt/slides/slide${i + 1}.xml`]))
      diagramsOn(article, slide).forEach(({ diagram }, k) => {
        expect(alts[k], `slide ${i + 1}`).toContain(diagram.title)
        expect(alts[k], `slide ${i + 1}`).toContain(diagram.lines[0])
      })
    })
  })

  it('zips the site so that, unzipped anywhere, `node serve.mjs` shows the deck with no network', async () => {
    const { unzipSync } = await import('fflate')
    const folder = `${name}-site`
    const files = unzipSync(readFileSync(join(out, `${folder}.zip`)))
    // Everything unzips into one folder, not loose among the user's files.
    expect(new Set(Object.keys(files).map(f => f.split('/')[0]))).toEqual(new Set([folder]))
    expect(Object.keys(files)).toContain(`${folder}/index.html`)
    expect(new TextDecoder().decode(files[`${folder}/HOW-TO-OPEN.txt`])).toContain('node serve.mjs')
    const stick = mkdtempSync(join(tmpdir(), 'deck-usb-'))
    for (const [file, data] of Object.entries(files)) {
      mkdirSync(dirname(join(stick, file)), { recursive: true })
      writeFileSync(join(stick, file), data)
    }
    const server = spawn(process.execPath, ['serve.mjs'], { cwd: join(stick, folder) })
    try {
      const url = await new Promise<string>((ok, fail) => {
        let said = ''
        server.stdout.on('data', (d: Buffer) => {
          said += d.toString()
          const found = said.match(new RegExp(`http://127\\.0\\.0\\.1:\\d+/deck/${deck.id}/${variant}/`))
          if (found)
            ok(found[0])
        })
        server.on('exit', code => fail(new Error(`serve.mjs exited (${code}): ${said}`)))
      })
      const browser = await launchChromium()
      try {
        const page = await browser.newPage()
        const outside: string[] = []
        await page.route('**/*', route => url.startsWith(new URL(route.request().url()).origin) ? route.continue() : (outside.push(route.request().url()), route.abort()))
        await openSlide(page, url, 2)
        expect(await page.locator('.slidev-page-2 h1').textContent()).toBe(slides[1].title)
        expect(outside).toEqual([])
        // The loading note is gone once the deck runs…
        expect(await page.locator('.deck-loading').count()).toBe(0)
        // …and stays, saying what to do, for someone who double-clicks index.html.
        const opened = await browser.newPage()
        await opened.goto(`file://${join(stick, folder, 'index.html')}`)
        await opened.getByText('HOW-TO-OPEN.txt').waitFor({ state: 'visible', timeout: 15_000 })
        expect(await opened.locator('#app').textContent()).toContain('node serve.mjs')
      }
      finally {
        await browser.close()
      }
    }
    finally {
      server.kill()
      rmSync(stick, { recursive: true, force: true })
    }
  }, 60_000)

  it('writes a tagged PDF, one page per slide, a bookmark per heading, metadata and its language', async () => {
    expect(pages).toHaveLength(slideCount)
    expect(pageBrightness(join(out, `${name}.pdf`), 2)).toBeGreaterThan(200)
    const { outline, info, tagged } = await readPdfText(join(out, `${name}.pdf`))
    expect(tagged).toBe(true)
    // The cover's heading is the source's title, which wraps: its bookmark keeps every space.
    expect(outline[0]).toBe(article.source.title)
    for (const slide of slides.slice(1))
      expect(outline.map(t => t.replace(/’/g, '\'')), slide.title).toContain(slide.title!.replace(/’/g, '\''))
    expect(info).toMatchObject({ Title: slides[0].frontmatter.title, Language: 'en' })
    if (article.deck.author)
      expect(info.Author).toBe(article.deck.author)
    for (const word of article.deck.keywords ?? [])
      expect(info.Keywords).toContain(word)
  })

  it('puts every key point and diagram label its slides show in the PDF text, and the headings of the sections its agenda lists', () => {
    const text = squashed(pages.join(' '))
    if (slides.some(s => shows(s, 'AgendaList'))) {
      for (const s of article.source.sections)
        expect(text, s.heading).toContain(squashed(s.heading))
    }
    for (const p of article.points.filter(p => slides.some(s => s.content.includes(`section="${p.section}"`))))
      expect(text, p.id).toContain(squashed(p.text))
    for (const { diagram } of slides.flatMap(s => diagramsOn(article, s))) {
      for (const label of diagram.labels)
        expect(text, label).toContain(squashed(label))
    }
  })

  it('carries the freshness line on every page, and where its slides show them the epilogue\'s dates and the claim checks\' verdicts', () => {
    const text = squashed(pages.join(' '))
    for (const e of timeline ? article.context : [])
      expect(text, e.id).toContain(squashed(formatDate(e.date)))
    for (const check of checks ? article.assessments : [])
      expect(text.toLowerCase(), check.id).toContain(squashed(check.record).toLowerCase())
    for (const verdict of new Set(checks ? article.assessments.map(a => a.verdict) : []))
      expect(text.toLowerCase()).toContain(verdict)
    const fresh = squashed(freshnessLine(article.meta))
    expect(pages.filter(p => squashed(p).includes(fresh)).length).toBe(pages.length)
  })

  it.runIf(checks)('makes each verdict marker in the PDF a link to the slide that explains it', async () => {
    const { jumps } = await readPdfText(join(out, `${name}.pdf`))
    const checksPage = (alias: string) => slides.findIndex(s => s.frontmatter.routeAlias === alias) + 1
    const marked = slides.flatMap((s, i) => {
      const section = s.content.match(/<KeyPoints section="([^"]+)"/)?.[1]
      const aliases = article.assessments.filter(a => article.points.find(p => p.id === a.point)?.section === section).map(a => checkAliasFor(article, a.point)!)
      return aliases.map(alias => ({ page: i + 1, target: checksPage(alias) }))
    })
    expect(marked.length).toBeGreaterThan(0)
    for (const { page, target } of marked)
      expect(jumps[page - 1], `page ${page} should link to page ${target}`).toContain(target)
  })

  it('makes every source its slides show a clickable link in the PDF', () => {
    const all = new Set(links.flat())
    expect(all.has(article.source.url), article.source.url).toBe(true)
    for (const url of [...timeline ? article.context.flatMap(e => e.sources) : [], ...checks ? article.assessments.flatMap(a => a.sources) : []])
      expect(all.has(url), url).toBe(true)
  })

  it('builds the site for its sub-path, without notes, loading nothing remote', () => {
    // The first slide's page loads the app through deck-boot.js; the app's own page (for
    // print and every path without a page) loads it directly.
    const html = readFileSync(join(out, 'site/index.html'), 'utf8')
    const base = `/deck/${deck.id}/${variant}/`
    expect(html).toMatch(new RegExp(`href="${base}assets/style-[\\w-]+\\.css"`))
    expect(html).toContain(`src="${base}deck-boot.js"`)
    expect(html).toContain(`<meta name="deck-app" content="${base}assets/index-`)
    const app = readFileSync(join(out, 'site/404.html'), 'utf8')
    expect(app).toContain(`src="${base}assets/index-`)
    // The share card names the hosted address; no other tag may point off the machine.
    for (const page of [html, app])
      expect(withoutShareTags(page)).not.toMatch(/(?:src|href|content)="https?:/)
    expect(existsSync(join(out, 'site/favicon.svg'))).toBe(true)
  })

  it('puts on the cover and the last slide a QR code that reads as its hosted address', () => {
    const png = readdirSync(join(out, 'png')).filter(f => f.endsWith('.png')).sort()
    for (const file of [png[0], png.at(-1)!])
      expect(qrIn(join(out, 'png', file)), file).toBe(`${HOSTED}${deck.id}/${variant}/`)
    expect(qrIn(join(out, 'png', png[1])), png[1]).toBeUndefined()
  })

  it('gives its site a share card: its own 1200×630 cover picture, title, description and address', async () => {
    const { pngSize } = await import('../../scripts/lib/verify-files')
    const site = join(out, 'site')
    expect(pngSize(readFileSync(join(site, 'og-image.png')))).toEqual({ width: 1200, height: 630 })
    const tag = (html: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html)?.[1]
    for (const [page, path] of [['index.html', ''], ['2/index.html', '2/']]) {
      const html = readFileSync(join(site, page), 'utf8')
      expect(/<title>([^<]*)<\/title>/.exec(html)?.[1], page).toBe(slides[0].frontmatter.title)
      expect(tag(html, 'og:title')).toBe(slides[0].frontmatter.title)
      expect(tag(html, 'og:description')).toBeTruthy()
      expect(tag(html, 'og:image')).toBe(`${HOSTED}${deck.id}/${variant}/og-image.png`)
      expect(tag(html, 'twitter:card')).toBe('summary_large_image')
      expect(tag(html, 'og:url')).toBe(`${HOSTED}${deck.id}/${variant}/${path}`)
      expect(html).toContain(`<link rel="canonical" href="${HOSTED}${deck.id}/${variant}/${path}">`)
    }
  })

  it.runIf(article.briefing)('leaves a briefing note: at most two pages, every claim with its verdict, the changes and what to watch, and a QR code to the deck', async () => {
    const note = join(out, 'briefing-note.pdf')
    const { pages, links, tagged } = await readPdfText(note)
    expect(pages.length).toBeLessThanOrEqual(2)
    expect(tagged).toBe(true)
    const text = squashed(pages.join(' ')).toLowerCase()
    for (const sentence of article.briefing!.inThree)
      expect(text).toContain(squashed(sentence.text).toLowerCase())
    for (const check of article.assessments)
      expect(text, check.topic).toContain(squashed(`${check.topic}${check.verdict}`).toLowerCase())
    for (const id of [...article.briefing!.changes, ...article.briefing!.watch])
      expect(text, id).toContain(squashed(article.context.find(e => e.id === id)!.label).toLowerCase())
    expect(links.flat()).toContain(article.source.url)
    // How fresh the context is, and where its sources end, which the watch list's lack of outcomes follows from.
    expect(text).toContain(squashed(freshnessLine(article.meta)).toLowerCase())
    if (article.meta.sourcesEnd)
      expect(text).toContain(squashed(`whose sources end ${aboutDate(article.meta.sourcesEnd)}`).toLowerCase())
    const pictures = mkdtempSync(join(tmpdir(), 'deck-note-'))
    expect(spawnSync('pdftoppm', ['-r', '200', '-f', '1', '-l', '1', '-png', note, join(pictures, 'page')]).status, 'poppler (pdftoppm) is needed for this check').toBe(0)
    expect(qrIn(join(pictures, readdirSync(pictures)[0]))).toBe(`${HOSTED}${deck.id}/${variant}/`)
    rmSync(pictures, { recursive: true, force: true })
  })

  it.runIf(slides.some(s => shows(s, 'BottomLine')))('prints the bottom line on its slide\'s page', () => {
    const at = slides.findIndex(s => shows(s, 'BottomLine'))
    for (const line of article.briefing!.bottomLine)
      expect(squashed(pages[at])).toContain(squashed(line.text))
  })

  it.runIf(slides.some(s => shows(s, 'SelfCheck')))('prints the self-check as a quiz sheet that gives nothing away and a separate answer key with every verdict and source', async () => {
    const quiz = await readPdfText(join(out, 'self-check-quiz.pdf'))
    const key = await readPdfText(join(out, 'self-check-answers.pdf'))
    const keyText = squashed(key.pages.join(' ')).toLowerCase()
    for (const id of article.selfCheck) {
      const check = article.assessments.find(c => c.id === id)!
      expect(squashed(quiz.pages.join(' '))).not.toContain(squashed(check.record))
      expect(keyText).toContain(squashed(`${check.topic}: ${check.verdict}`).toLowerCase())
      expect(keyText).toContain(squashed(check.record).toLowerCase())
      for (const url of check.sources)
        expect(key.links.flat()).toContain(url)
    }
    expect(quiz.tagged && key.tagged).toBe(true)
  })

  // The handout's slide is the all-clicks picture (journeys.test.ts checks the record shows
  // in it); its text lists the sources the slide shows.
  it.runIf(slides.some(s => shows(s, 'SelfCheck')))('shows each self-check\'s verdict and record on its page of the slides PDF, and its sources in the briefing handout', async () => {
    const handout = await readPdfText(join(out, 'handout-briefing.pdf'))
    const at = slidePages(handout.pages, titles, 'briefing')
    slides.forEach((s, i) => {
      const asked = /<SelfCheck :no="(\d+)"/.exec(s.content)
      if (!asked)
        return
      const check = article.assessments.find(c => c.id === article.selfCheck[Number(asked[1]) - 1])!
      expect(squashed(pages[i]), `slides PDF page ${i + 1}`).toContain(squashed(check.record))
      expect(squashed(pages[i]).toLowerCase(), `slides PDF page ${i + 1}`).toContain(check.verdict)
      for (const url of check.sources)
        expect(handout.links[at[i]], `handout, slide ${i + 1}`).toContain(url)
    })
  })
})

/** The QR code in a slide picture, read as a phone would read it from the screen. */
function qrIn(png: string): string | undefined {
  const { data, width, height } = PNG.sync.read(readFileSync(png))
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), width, height)?.data
}

const ls = (dir: string) => spawnSync('ls', ['-A', dir], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).sort()

/** Mean brightness (0–255) of one PDF page, rasterised by poppler rather than by Chromium. */
function pageBrightness(pdf: string, page: number): number {
  const r = spawnSync('pdftoppm', ['-r', '12', '-f', String(page), '-l', String(page), pdf], { encoding: 'buffer' })
  expect(r.status, 'poppler (pdftoppm) is needed for this check: apt-get install -y poppler-utils').toBe(0)
  // Binary PPM: "P6 <width> <height> 255" then RGB bytes.
  const header = r.stdout.subarray(0, 40).toString('latin1').match(/^P6\s+(\d+)\s+(\d+)\s+255\s/)!
  const pixels = r.stdout.subarray(header[0].length)
  let sum = 0
  for (const byte of pixels)
    sum += byte
  return sum / pixels.length
}

describe('npm run export --dark', () => {
  it('prints dark slides, while the default export\'s are light', () => {
    const out = mkdtempSync(join(tmpdir(), 'deck-export-dark-'))
    // The short variant: every page of it is looked at.
    const r = runExport(['--deck', DECK.id, '--out', out, '--only', 'pdf', '--dark', '--variant', 'briefing'])
    expect(r.status, r.stderr + r.stdout).toBe(0)
    const pages = Number(/✓ Print the slides PDF \((\d+) dark slides, tagged\)/.exec(r.stdout)?.[1])
    expect(pages, r.stdout).toBeGreaterThan(1)
    expect(existsSync(join(out, DECK.id, 'class')), 'made only the variant asked for').toBe(false)
    const pdf = join(out, DECK.id, 'briefing', `${DECK.id}-briefing.pdf`)
    for (let page = 1; page <= pages; page++)
      expect(pageBrightness(pdf, page), `page ${page}`).toBeLessThan(80)
    rmSync(out, { recursive: true, force: true })
  }, 180_000)
})

describe('npm run export without a browser', () => {
  it('stops at once with what to install or set, and keeps the old PDF', () => {
    const out = mkdtempSync(join(tmpdir(), 'deck-export-'))
    mkdirSync(join(out, DECK.id, 'class'), { recursive: true })
    writeFileSync(join(out, DECK.id, 'class', `${DECK.id}-class.pdf`), 'previous good file')
    const r = runExport(['--out', out], { CHROME_PATH: '/nonexistent/chrome' })
    expect(r.status).not.toBe(0)
    expect(r.stderr).toMatch(/No Chromium found/)
    expect(r.stderr).toMatch(/apt-get install -y chromium|CHROME_PATH/)
    expect(r.stderr).not.toMatch(/\n\s+at /)
    expect(readFileSync(join(out, DECK.id, 'class', `${DECK.id}-class.pdf`), 'utf8')).toBe('previous good file')
  })

  it('names an output folder it cannot write, and how to fix it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'deck-export-')), 'not-a-folder')
    writeFileSync(file, 'x')
    const r = runExport(['--out', file, '--only', 'pdf'])
    expect(r.status).not.toBe(0)
    expect(r.stderr).toMatch(/Cannot write to the output folder/)
    expect(r.stderr).toMatch(/--out <dir>/)
  })

  it('rejects a bad option with a pointer to --help', () => {
    const r = runExport(['--bogus'])
    expect(r.status).not.toBe(0)
    expect(r.stderr).toMatch(/--help/)
  })
})
