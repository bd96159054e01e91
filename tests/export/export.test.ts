// End to end: the real `npm run export` with the real Chromium, then the files checked
// independently of the exporter (pdf.js for text, the file system for the site).
import type { Buffer } from 'node:buffer'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import process from 'node:process'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkAliasFor } from '../../data'
import { formatDate } from '../../data/format'
import { allDiagrams } from '../../diagrams'
import { launchChromium, openSlide } from '../../scripts/lib/browse'
import { diagramsOn, loadSlides, ROOT } from '../../scripts/lib/deck'
import { slidePages } from '../../scripts/lib/handout-check'
import { imageWidths, readPdfText } from '../../scripts/lib/pdf'
import { pictureAlts } from '../../scripts/lib/pptx'
import { withoutShareTags } from '../../scripts/lib/share-card'
import { article, DECK, entryOf } from '../deck-under-test'

const squashed = (s: string) => s.replace(/\s+/g, '')

const tsx = join(ROOT, 'node_modules/.bin/tsx')
const exportScript = join(ROOT, 'scripts/export.ts')
function runExport(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(tsx, [exportScript, ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' })
}

describe('npm run export', () => {
  const root = mkdtempSync(join(tmpdir(), 'deck-export-'))
  // The deck's own folder, with one folder per variant.
  const deckOut = join(root, DECK.id)
  // Most checks read the class variant's folder; the briefing's has its own test below.
  const out = join(deckOut, 'class')
  let result: ReturnType<typeof runExport>
  let pages: string[]
  let links: string[][]
  let slideCount: number
  let slides: Awaited<ReturnType<typeof loadSlides>>

  beforeAll(async () => {
    // The hosted address gives each variant's QR code and canonical address; its path, the base.
    result = runExport(['--deck', DECK.id, '--out', root, '--url', HOSTED])
    slides = await loadSlides(await entryOf('class'))
    slideCount = slides.length
    if (result.status === 0)
      ({ pages, links } = await readPdfText(join(out, `${DECK.id}-class.pdf`)))
  }, 420_000)
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('succeeds and reports each step and a summary', () => {
    expect(result.status, result.stderr + result.stdout).toBe(0)
    expect(result.stdout).toContain(`✓ Build the site for base /deck/${DECK.id}/class/ (`)
    expect(result.stdout).toContain(`✓ Build the site for base /deck/${DECK.id}/briefing/ (`)
    expect(result.stdout).toMatch(/✓ Print the slides PDF \(\d+ light slides, tagged\)/)
    expect(result.stdout).toMatch(new RegExp(`${DECK.id}/class/${DECK.id}-class\\.pdf\\s+\\d+ KiB`))
    expect(result.stdout).toMatch(new RegExp(`${DECK.id}/briefing/${DECK.id}-briefing\\.pdf\\s+\\d+ KiB`))
    for (const step of ['Export the editable PPTX (light slides)', 'Zip the site', `Render ${slideCount} light slides`, 'Write the slide PNGs', 'Print the briefing handout (A4)', 'Print the student handout (A4)', 'Print the self-check quiz sheet (A4)'])
      expect(result.stdout).toContain(`✓ ${step}`)
  })

  it('writes one PNG per slide at twice the canvas size', async () => {
    const { pngSize } = await import('../../scripts/lib/verify-files')
    const files = readdirSync(join(out, 'png')).filter(f => f.endsWith('.png'))
    expect(files).toHaveLength(slideCount)
    expect(pngSize(readFileSync(join(out, 'png', files[0])))).toEqual({ width: 1960, height: 1104 })
  })

  /** 210 × 297 mm, in points, as Chromium rounds it to its own units. */
  const isA4 = (width: number, height: number) => Math.abs(width - 595.3) < 1.5 && Math.abs(height - 841.9) < 1.5

  it('prints the briefing handout with every slide, its notes and its context sources, each from a landscape page of its own', async () => {
    const { pages: hp, links: hl, tagged, pageSizes, runs } = await readPdfText(join(out, 'handout-briefing.pdf'))
    expect(hp.length).toBeGreaterThanOrEqual(slideCount)
    expect(tagged).toBe(true)
    // A4 turned: the slide is printed wide enough for its body text to reach 9 pt.
    expect(pageSizes.filter(p => !isA4(p.height, p.width))).toEqual([])
    // Everything but the running footer, the slides' small print too, prints at 9 pt or more.
    const footer = (text: string) => /^page \d+ of \d+$/.test(text) || text.startsWith(article.deck.title)
    const under = runs.flatMap((page, i) => page.filter(r => !footer(r.text) && Math.round(r.size * 10) / 10 < 9).map(r => `page ${i + 1}: ${r.size.toFixed(1)} pt "${r.text}"`))
    expect(under).toEqual([])
    const at = slidePages(hp, titles(slides), 'briefing')
    slides.forEach((s, i) => {
      const firstNote = s.note!.trim().split('\n')[0].slice(0, 40)
      expect(squashed(hp[at[i]] ?? ''), `slide ${i + 1}`).toContain(squashed(firstNote))
    })
    const all = new Set(hl.flat())
    for (const url of article.context.flatMap(e => e.sources))
      expect(all.has(url), url).toBe(true)
  })

  it('prints the student handout two slides to an upright page, with room to write', async () => {
    const { pages: sp, pageSizes } = await readPdfText(join(out, 'handout-student.pdf'))
    expect(sp).toHaveLength(Math.ceil(slideCount / 2))
    expect(pageSizes.filter(p => !isA4(p.width, p.height))).toEqual([])
    expect(slidePages(sp, titles(slides), 'student').every(p => p >= 0)).toBe(true)
  })

  it.each(['briefing', 'student'])('prints the %s handout\'s slides as real text: every title and every key point\'s words, links, no picture of a slide, nothing under 6.5 pt', async (layout) => {
    const file = join(out, `handout-${layout}.pdf`)
    const { pages, links, jumps, smallestText, outline, info } = await readPdfText(file)
    const text = squashed(pages.join(' '))
    // Its own title and the deck's author; the slides PDF's bookmarks, each once, and the source list's.
    expect(info.Title).toBe(`${layout === 'briefing' ? 'Briefing' : 'Student'} handout: ${slides[0].frontmatter.title}`)
    expect(info.Author).toBeTruthy()
    const { outline: slideBookmarks } = await readPdfText(join(out, `${DECK.id}-class.pdf`))
    expect(outline).toEqual([...slideBookmarks, ...layout === 'briefing' ? ['Sources cited in this handout'] : []])
    // Verdict markers jump to their check's row inside the handout.
    expect(jumps.flat().length, 'markers that jump within the handout').toBeGreaterThan(0)
    for (const title of titles(slides))
      expect(text, title).toContain(squashed(title))
    for (const point of article.points.filter(p => slides.some(s => s.content.includes(`section="${p.section}"`) || (p.list && s.content.includes(`list="${p.list}"`)))))
      expect(text, point.id).toContain(squashed(point.text))
    expect(links.flat().length).toBeGreaterThan(20)
    expect(links.flat().some(l => /127\.0\.0\.1|localhost/.test(l)), 'a link to the exporting machine').toBe(false)
    expect((await imageWidths(file)).filter(w => w > 1000)).toEqual([])
    expect(smallestText.map((pt, i) => [i + 1, pt]).filter(([, pt]) => pt && pt < 6.5)).toEqual([])
    expect(statSync(file).size).toBeLessThanOrEqual(1.5 * 1024 * 1024)
  })

  it('writes an editable PPTX that LibreOffice opens, one page per slide', async () => {
    const pptx = join(out, `${DECK.id}-class.pptx`)
    const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' })
    expect(soffice.status, 'LibreOffice (soffice) is needed for this check: apt-get install -y libreoffice-impress').toBe(0)
    const pdfDir = mkdtempSync(join(tmpdir(), 'deck-pptx-'))
    const r = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', pdfDir, pptx], { encoding: 'utf8', timeout: 120_000 })
    expect(r.status, r.stderr).toBe(0)
    // Diagram pictures carry the diagram's text alternative as their alt text.
    const { unzipSync } = await import('fflate')
    const parts = unzipSync(readFileSync(pptx))
    slides.forEach((slide, i) => {
      const alts = pictureAlts(new TextDecoder().decode(parts[`ppt/slides/slide${i + 1}.xml`]))
      diagramsOn(article, slide).forEach(({ diagram }, k) => {
        expect(alts[k], `slide ${i + 1}`).toContain(diagram.title)
        expect(alts[k], `slide ${i + 1}`).toContain(diagram.lines[0])
      })
    })
    const converted = await readPdfText(join(pdfDir, `${DECK.id}-class.pdf`))
    expect(converted.pages).toHaveLength(slideCount)
    expect(converted.pages[1]).toContain(slides[1].title)
    rmSync(pdfDir, { recursive: true, force: true })
  }, 150_000)

  it('zips the site so that, unzipped anywhere, `node serve.mjs` shows the deck with no network', async () => {
    const { unzipSync } = await import('fflate')
    const files = unzipSync(readFileSync(join(out, `${DECK.id}-class-site.zip`)))
    // Everything unzips into one folder, not loose among the user's files.
    expect(new Set(Object.keys(files).map(f => f.split('/')[0]))).toEqual(new Set([`${DECK.id}-class-site`]))
    expect(Object.keys(files)).toContain(`${DECK.id}-class-site/index.html`)
    expect(new TextDecoder().decode(files[`${DECK.id}-class-site/HOW-TO-OPEN.txt`])).toContain('node serve.mjs')
    const stick = mkdtempSync(join(tmpdir(), 'deck-usb-'))
    for (const [name, data] of Object.entries(files)) {
      mkdirSync(dirname(join(stick, name)), { recursive: true })
      writeFileSync(join(stick, name), data)
    }
    const server = spawn(process.execPath, ['serve.mjs'], { cwd: join(stick, `${DECK.id}-class-site`) })
    try {
      const url = await new Promise<string>((ok, fail) => {
        let said = ''
        server.stdout.on('data', (d: Buffer) => {
          said += d.toString()
          const found = said.match(new RegExp(`http://127\\.0\\.0\\.1:\\d+/deck/${DECK.id}/class/`))
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
        await opened.goto(`file://${join(stick, `${DECK.id}-class-site`, 'index.html')}`)
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
    expect(pageBrightness(join(out, `${DECK.id}-class.pdf`), 6)).toBeGreaterThan(200)
    const { outline, info, tagged } = await readPdfText(join(out, `${DECK.id}-class.pdf`))
    expect(tagged).toBe(true)
    // The cover's heading is the article's title, which wraps: its bookmark keeps every space.
    expect(outline[0]).toBe(article.source.title)
    for (const slide of slides.slice(1))
      expect(outline.map(t => t.replace(/’/g, '\'')), slide.title).toContain(slide.title!.replace(/’/g, '\''))
    expect(info).toMatchObject({ Title: expect.stringContaining('India and Russia'), Author: expect.stringContaining('KumDi.com'), Language: 'en' })
    expect(info.Keywords).toContain('tariffs')
  })

  it('puts every section heading, key point and diagram label in the PDF text', () => {
    const text = pages.join(' ').replace(/\s+/g, '')
    const squash = (s: string) => s.replace(/\s+/g, '')
    for (const s of article.source.sections)
      expect(text, s.heading).toContain(squash(s.heading))
    for (const p of article.points)
      expect(text, p.id).toContain(squash(p.text))
    for (const diagram of allDiagrams(article)) {
      for (const label of diagram.labels)
        expect(text, label).toContain(squash(label))
    }
  })

  it('carries the epilogue\'s dates, the claim checks\' verdicts and the freshness line', () => {
    const text = pages.join(' ').replace(/\s+/g, '')
    for (const e of article.context)
      expect(text, e.id).toContain(formatDate(e.date).replace(/\s+/g, ''))
    for (const check of article.assessments)
      expect(text.toLowerCase(), check.id).toContain(squashed(check.record).toLowerCase())
    for (const verdict of new Set(article.assessments.map(a => a.verdict)))
      expect(text.toLowerCase()).toContain(verdict)
    const fresh = squashed(`Context verified on ${formatDate(article.meta.verifiedOn)}; record through ${formatDate(article.meta.recordThrough)}`)
    expect(pages.filter(p => squashed(p).includes(fresh)).length).toBe(pages.length)
  })

  it('makes each verdict marker in the PDF a link to the slide that explains it', async () => {
    const { jumps } = await readPdfText(join(out, `${DECK.id}-class.pdf`))
    const checksPage = (alias: string) => slides.findIndex(s => s.frontmatter.routeAlias === alias) + 1
    const marked = slides.flatMap((s, i) => {
      const section = s.content.match(/<KeyPoints section="([^"]+)"/)?.[1]
      const aliases = article.assessments.filter(a => article.points.find(p => p.id === a.point)?.section === section).map(a => checkAliasFor(article, a.point)!)
      return aliases.map(alias => ({ page: i + 1, target: checksPage(alias) }))
    })
    expect(marked.length).toBeGreaterThan(5)
    for (const { page, target } of marked)
      expect(jumps[page - 1], `page ${page} should link to page ${target}`).toContain(target)
  })

  it('makes every context and claim-check source a clickable link in the PDF', () => {
    const all = new Set(links.flat())
    for (const url of [...article.context.flatMap(e => e.sources), ...article.assessments.flatMap(a => a.sources)])
      expect(all.has(url), url).toBe(true)
  })

  it('builds the site for the sub-path, without notes, loading nothing remote', () => {
    // The first slide's page loads the app through deck-boot.js; the app's own page (for
    // print and every path without a page) loads it directly.
    const html = readFileSync(join(out, 'site/index.html'), 'utf8')
    const base = `/deck/${DECK.id}/class/`
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

  it('leaves no temporary files behind', () => {
    const expected = (name: string) => ['briefing-note.pdf', 'handout-briefing.pdf', 'handout-student.pdf', `${name}-site.zip`, `${name}.pdf`, `${name}.pptx`, 'png', 'site']
    expect(ls(root)).toEqual([DECK.id])
    expect(ls(deckOut)).toEqual(['briefing', 'class'])
    expect(ls(out)).toEqual([...expected(`${DECK.id}-class`), 'self-check-answers.pdf', 'self-check-quiz.pdf'].sort())
    expect(ls(join(deckOut, 'briefing'))).toEqual(expected(`${DECK.id}-briefing`).sort())
  })

  it('prints the self-check as a quiz sheet that gives nothing away and a separate answer key with every verdict and source', async () => {
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
  it('shows each self-check\'s verdict and record on its page of the slides PDF, and its sources in the briefing handout', async () => {
    const handout = await readPdfText(join(out, 'handout-briefing.pdf'))
    const at = slidePages(handout.pages, titles(slides), 'briefing')
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

  it('puts on the cover and the last slide of each variant a QR code that reads as that variant\'s hosted address', () => {
    for (const variant of ['class', 'briefing']) {
      const png = readdirSync(join(deckOut, variant, 'png')).filter(f => f.endsWith('.png')).sort()
      for (const file of [png[0], png.at(-1)!])
        expect(qrIn(join(deckOut, variant, 'png', file)), `${variant} ${file}`).toBe(`${HOSTED}${DECK.id}/${variant}/`)
      expect(qrIn(join(deckOut, variant, 'png', png[1])), `${variant} ${png[1]}`).toBeUndefined()
    }
  })

  it('gives each site a share card: its own 1200×630 cover picture, title, description and address', async () => {
    const { pngSize } = await import('../../scripts/lib/verify-files')
    for (const variant of ['class', 'briefing']) {
      const site = join(deckOut, variant, 'site')
      expect(pngSize(readFileSync(join(site, 'og-image.png'))), variant).toEqual({ width: 1200, height: 630 })
      const tag = (html: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html)?.[1]
      for (const [page, path] of [['index.html', ''], ['6/index.html', '6/']]) {
        const html = readFileSync(join(site, page), 'utf8')
        expect(/<title>([^<]*)<\/title>/.exec(html)?.[1], page).toBe(slides[0].frontmatter.title)
        expect(tag(html, 'og:title')).toBe(slides[0].frontmatter.title)
        expect(tag(html, 'og:description')).toBeTruthy()
        expect(tag(html, 'og:image')).toBe(`${HOSTED}${DECK.id}/${variant}/og-image.png`)
        expect(tag(html, 'twitter:card')).toBe('summary_large_image')
        expect(tag(html, 'og:url')).toBe(`${HOSTED}${DECK.id}/${variant}/${path}`)
        expect(html).toContain(`<link rel="canonical" href="${HOSTED}${DECK.id}/${variant}/${path}">`)
      }
    }
  })

  it.each(['class', 'briefing'])('leaves a briefing note for the %s deck: at most two pages, every claim with its verdict, the changes and what to watch, and a QR code to the deck', async (variant) => {
    const note = join(deckOut, variant, 'briefing-note.pdf')
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
    const pictures = mkdtempSync(join(tmpdir(), 'deck-note-'))
    expect(spawnSync('pdftoppm', ['-r', '200', '-f', '1', '-l', '1', '-png', note, join(pictures, 'page')]).status, 'poppler (pdftoppm) is needed for this check').toBe(0)
    expect(qrIn(join(pictures, readdirSync(pictures)[0]))).toBe(`${HOSTED}${DECK.id}/${variant}/`)
    rmSync(pictures, { recursive: true, force: true })
  })

  it('writes the briefing\'s own outputs, one page or picture per briefing slide, its site at its own sub-path', async () => {
    const briefing = await loadSlides(await entryOf('briefing'))
    const dir = join(deckOut, 'briefing')
    const { pages: bp } = await readPdfText(join(dir, `${DECK.id}-briefing.pdf`))
    expect(bp).toHaveLength(briefing.length)
    expect(squashed(bp[1])).toContain(squashed(article.briefing!.bottomLine[0].text))
    expect(readdirSync(join(dir, 'png')).filter(f => f.endsWith('.png'))).toHaveLength(briefing.length)
    expect(slidePages((await readPdfText(join(dir, 'handout-briefing.pdf'))).pages, titles(briefing), 'briefing').every(p => p >= 0)).toBe(true)
    expect(readFileSync(join(dir, 'site/index.html'), 'utf8')).toContain(`src="/deck/${DECK.id}/briefing/deck-boot.js"`)
  })
})

const HOSTED = 'https://example.org/deck/'

/** Each slide's title as the handouts print it: the cover's is the article's. */
const titles = (deck: { title?: string }[]) => deck.map((s, i) => i ? s.title ?? '' : article.source.title)

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
    const r = runExport(['--deck', DECK.id, '--out', out, '--only', 'pdf', '--dark', '--variant', 'class'])
    expect(r.status, r.stderr + r.stdout).toBe(0)
    expect(r.stdout).toMatch(/✓ Print the slides PDF \(\d+ dark slides, tagged\)/)
    expect(existsSync(join(out, DECK.id, 'briefing')), 'made only the variant asked for').toBe(false)
    const pdf = join(out, DECK.id, 'class', `${DECK.id}-class.pdf`)
    for (const page of [1, 6, 24])
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
