import type { Browser, Page } from 'playwright-core'
// The data diagrams as Mermaid draws them at build, in Chromium: labels as SVG text and
// nothing but text, ids of their own, the deck's colours, a size that fits the slide, and a
// cache that spares the browser when nothing changed.
import type { Article } from '../../data/schema'
import type { Diagram } from '../../diagrams'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import articleData from '../../data/india-russia/index'
import { validateArticle } from '../../data/validate'
import { allDiagrams } from '../../diagrams'
import { PPTX_FONT } from '../../scripts/lib/pptx-font'
import { CHROMIUM_ARGS, findChromium } from '../../vite/chromium'
import { svgId } from '../../vite/mermaid/data-diagrams'
import { DiagramError, drawingCounts, renderDiagrams } from '../../vite/mermaid/render'
import { DIAGRAM_FONT, DIAGRAM_FONT_PX } from '../../vite/mermaid/theme'
import { makeHostile } from '../browser/hostile-data'
import { article } from '../deck-under-test'

/** The room a slide gives a diagram (components/ArticleDiagram.vue), on the 980×552 canvas. */
const FRAME = { width: 868, height: 380 }
const SLIDE_AREA = 980 * 552

const cache = mkdtempSync(join(tmpdir(), 'deck-mermaid-cache-'))
const jobs = (a: Readonly<Article>, tag: string) => allDiagrams(a).map(d => ({ diagram: d, job: { id: `${tag}-${svgId(d)}`, text: d.mermaid, name: `${d.title}. ${d.summary}`, origin: `${tag} ${d.id}` } }))
const sets = [
  ['the real data', jobs(article, 'real'), {}],
  ['the browser suite\'s hostile data', jobs(validateArticle(makeHostile(articleData)), 'hostile'), {}],
  // As the PPTX export draws them: laid out and set in the font its slides are.
  ['the real data, in the PPTX\'s font', jobs(article, 'pptx'), { DECK_DIAGRAM_FONT: PPTX_FONT }],
] as const

/** The deck's font as the site serves it: the measuring page has it, as a slide does. */
const fontFaces = [400, 700].map(weight => `@font-face{font-family:'Source Sans 3';font-weight:${weight};src:url(data:font/woff2;base64,${readFileSync(createRequire(import.meta.url).resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff2`)).toString('base64')})}`).join('')

let browser: Browser
let page: Page
const drawn = new Map<string, string>()

beforeAll(async () => {
  for (const [, set, env] of sets) {
    Object.assign(process.env, env)
    try {
      for (const [id, svg] of await renderDiagrams(set.map(s => s.job), { cacheDir: cache }))
        drawn.set(id, svg)
    }
    finally {
      for (const name of Object.keys(env))
        delete process.env[name]
    }
  }
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
  page = await browser.newPage()
  await page.route('**/*', route => route.abort())
  await page.setContent(`<!doctype html><style>${fontFaces}</style><body></body>`)
  await page.evaluate(() => Promise.all(['400', '700'].map(w => document.fonts.load(`${w} 20px 'Source Sans 3'`))))
}, 120_000)

afterAll(async () => {
  await browser?.close()
  rmSync(cache, { recursive: true, force: true })
})

interface Measured {
  texts: string[]
  /** The smallest label size, in px at the drawing's own size. */
  smallestPx: number
  foreignObjects: number
  ids: string[]
  references: string[]
  tags: string[]
  handlers: string[]
  paints: string[]
  /** Labels drawn past the edge of the node they sit in. */
  spills: string[]
  /** Pairs of labels that cover each other. */
  overlaps: string[]
}

// Runs in the page: the drawing as it lays out, once in the document.
function measure(svg: string): Measured {
  // A page whose own text is unlike the deck's: the drawing must set its own size and font.
  document.body.style.font = 'italic 11px serif'
  document.body.replaceChildren(document.createRange().createContextualFragment(svg))
  const root = document.querySelector('svg')!
  const all = [...root.querySelectorAll('*')]
  const texts = [...root.querySelectorAll('text')]
  const boxes = texts.map(t => t.getBoundingClientRect())
  const words = (t: Element) => (t.textContent ?? '').replace(/\s+/g, ' ').trim()
  const meet = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1
  return {
    texts: texts.map(words),
    smallestPx: Math.min(...texts.map(t => Number.parseFloat(getComputedStyle(t).fontSize))),
    foreignObjects: root.querySelectorAll('foreignObject').length,
    ids: [root, ...all].map(e => e.id).filter(Boolean),
    references: Array.from(root.outerHTML.matchAll(/url\(#([^)]+)\)/g), m => m[1]),
    tags: [...new Set(all.map(e => e.tagName.toLowerCase()))],
    handlers: all.flatMap(e => [...e.attributes].filter(a => a.name.startsWith('on')).map(a => a.name)),
    paints: [...new Set(all.flatMap(e => Array.from((e.getAttribute('style') ?? '').matchAll(/(?:^|;)(?:fill|stroke):([^;]+)/g), m => m[1].trim())))],
    spills: texts.flatMap((t, i) => {
      const shape = t.closest('g.node')?.querySelector(':scope > rect, :scope > polygon, :scope > path')
      const r = shape?.getBoundingClientRect()
      return r && !(boxes[i].left >= r.left - 1 && boxes[i].right <= r.right + 1 && boxes[i].top >= r.top - 1 && boxes[i].bottom <= r.bottom + 1) ? [words(t)] : []
    }),
    overlaps: texts.flatMap((a, i) => texts.slice(i + 1).filter((_, k) => meet(boxes[i], boxes[i + 1 + k])).map(b => `${words(a)} × ${words(b)}`)),
  }
}

const squash = (s: string) => s.replace(/\s+/g, '')
const size = (svg: string) => ({ width: Number(svg.match(/^<svg[^>]* width="([\d.]+)"/)![1]), height: Number(svg.match(/^<svg[^>]* height="([\d.]+)"/)![1]) })
function fitted(svg: string) {
  const { width, height } = size(svg)
  const scale = Math.min(1, FRAME.width / width, FRAME.height / height)
  return { scale, area: width * scale * height * scale }
}

describe.each(sets)('drawn from %s', (_name, set) => {
  describe.each(set.map(s => [s.diagram.id, s] as const))('the %s diagram', (_id, { diagram, job }: { diagram: Diagram, job: { id: string } }) => {
    let m: Measured
    beforeAll(async () => {
      m = await page.evaluate(measure, drawn.get(job.id)!)
    })

    it('draws every label as SVG text, exactly as the data has it, and no HTML', () => {
      expect(m.foreignObjects).toBe(0)
      const text = squash(m.texts.join(''))
      for (const label of diagram.labels)
        expect(text).toContain(squash(label))
    })

    it('is set in the font it was laid out in', async () => {
      const family = await page.evaluate(() => getComputedStyle(document.querySelector('svg text')!).fontFamily)
      expect(family.replaceAll('"', '').split(',')[0]).toBe(job.id.startsWith('pptx') ? PPTX_FONT : 'Source Sans 3')
    })

    it('carries no style sheet, script or handler of its own: what it paints is inline', () => {
      expect(m.tags.filter(t => ['style', 'script', 'foreignobject', 'a', 'image', 'iframe'].includes(t))).toEqual([])
      expect(m.handlers).toEqual([])
    })

    it('names every id after its own, and points only at its own ids', () => {
      expect(m.ids.filter(id => !id.startsWith(job.id))).toEqual([])
      expect(new Set(m.ids).size).toBe(m.ids.length)
      expect(m.references.filter(ref => !m.ids.includes(ref))).toEqual([])
    })

    it('paints only with the deck\'s colour variables, so it follows light, dark and print', () => {
      expect(m.paints.length).toBeGreaterThan(1)
      expect(m.paints.filter(p => !/^var\(--deck-[\w-]+\)$/.test(p) && p !== 'none')).toEqual([])
    })

    it('keeps each label inside its node, and no two labels on each other', () => {
      expect(m.spills).toEqual([])
      expect(m.overlaps).toEqual([])
    })
  })
})

describe.each(jobs(article, 'real').map(s => [s.diagram.id, s.job.id] as const))('the %s diagram from the real data, on its slide', (_id, id) => {
  it(`fits the slide's room with its labels at 16 px or more, in the deck's font`, async () => {
    const m = await page.evaluate(measure, drawn.get(id)!)
    expect(m.smallestPx).toBe(DIAGRAM_FONT_PX)
    expect(m.smallestPx * fitted(drawn.get(id)!).scale).toBeGreaterThanOrEqual(16)
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('svg text')!).fontFamily)).toBe(DIAGRAM_FONT.replaceAll('\'', '"'))
  })

  it('covers under 60% of the slide, so the PPTX keeps the slide\'s text editable', () => {
    // Slidev's PPTX export makes a slide one picture when over 60% of it would be pictures (RASTER_AREA_LIMIT in @slidev/cli).
    expect(fitted(drawn.get(id)!).area / SLIDE_AREA).toBeLessThan(0.6)
  })
})

describe('the drawing cache', () => {
  it('draws nothing and starts no browser when nothing changed', async () => {
    const before = { ...drawingCounts }
    const again = await renderDiagrams(sets[0][1].map(s => s.job), { cacheDir: cache })
    expect(drawingCounts.drawn).toBe(before.drawn)
    expect(drawingCounts.launches).toBe(before.launches)
    expect(drawingCounts.cached - before.cached).toBe(sets[0][1].length)
    expect([...again.values()]).toEqual(sets[0][1].map(s => drawn.get(s.job.id)))
  })

  it('keeps the browser open for a drawing asked for before the last one\'s browser was closed', async () => {
    const [first, second] = sets[0][1].map(s => s.job)
    const changed = (job: typeof first) => ({ ...job, text: `${job.text}\n  again["Drawn again"]` })
    // The first run leaves its browser to close at once; the second, asked for at once, draws in it.
    await renderDiagrams([changed(first)], { cacheDir: cache, idleMs: 0 })
    const launches = drawingCounts.launches
    const both = await renderDiagrams([changed(second), { ...changed(second), id: `${second.id}-2`, text: `${changed(second).text}\n  more["More"]` }], { cacheDir: cache, idleMs: 0 })
    expect(both.size).toBe(2)
    expect(drawingCounts.launches).toBe(launches)
  })

  it('draws a diagram again when its text changes', async () => {
    const before = drawingCounts.drawn
    const [first] = sets[0][1]
    await renderDiagrams([{ ...first.job, text: `${first.job.text}\n  extra["One more node"]` }], { cacheDir: cache })
    expect(drawingCounts.drawn).toBe(before + 1)
  })
})

describe('a diagram Mermaid cannot read', () => {
  it('fails, naming where it came from and what Mermaid said', async () => {
    const broken = renderDiagrams([{ id: 'broken', text: 'flowchart LR\n  a --> b\n  c[[[ --> ', origin: 'slides/example.md:12' }], { cacheDir: cache })
    await expect(broken).rejects.toThrow(DiagramError)
    await expect(broken).rejects.toThrow(/^slides\/example\.md:12: Mermaid cannot draw this diagram\.\n.*line 3/s)
  })
})
