// The deck built from hostile data (see hostile-data.ts) in a copy of the project:
// everything must render as visible text, run no script, draw every diagram and fit, and
// every page stay valid HTML (nu-checker.ts).
import type { Browser } from 'playwright-core'
import type { Watched } from './session'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { waitForSlide } from '../../scripts/lib/browse'
import { loadSlides, ROOT } from '../../scripts/lib/deck'
import { DECK, entryOf } from '../deck-under-test'
import { scratchDeck } from '../scratch-deck'
import { auditSlide } from './audit'
import { auditFigures } from './figure-audit'
import { HOSTILE } from './hostile-data'
import { checkerMissing, CI, htmlErrors } from './nu-checker'
import { openBrowser, watchedPage } from './session'
import { builtDeck } from './site'

/** The deck under test's slides over its data made hostile. */
function hostileDeck() {
  return scratchDeck('hostile', {
    dataModule: [
      `import base from ${JSON.stringify(join(DECK.data, 'index.ts'))}`,
      `import { makeHostile } from ${JSON.stringify(join(ROOT, 'tests/browser/hostile-data.ts'))}`,
      'export default makeHostile(base)',
    ].join('\n'),
  })
}

const slides = await loadSlides(await entryOf('class'))
const slideWith = (snippet: string) => slides.findIndex(s => s.content.includes(snippet)) + 1
const targets = [
  { name: 'energy points', no: slideWith('<KeyPoints section="energy"'), texts: [HOSTILE.markup, HOSTILE.rtl] },
  { name: 'the call cards', no: slideWith('<ListCards list="call-takeaways"'), texts: [HOSTILE.card] },
  { name: 'the escalation diagram', no: slideWith('<ArticleDiagram id="escalation"'), texts: [] },
  { name: 'the actors diagram', no: slideWith('<ArticleDiagram id="who-sends-what"'), texts: [] },
  { name: 'the cooperation diagram', no: slideWith('<ArticleDiagram id="cooperation"'), texts: [] },
  { name: 'the FAQ', no: slideWith('<FaqReveal'), texts: [HOSTILE.question] },
  { name: 'the timeline', no: slideWith('<EventTimeline :page="1"'), texts: [] },
  // The fourth self-check asks about the claim the right-to-left text replaced.
  { name: 'the self-check', no: slideWith('<SelfCheck :no="4"'), texts: [HOSTILE.rtl] },
]

let deck: Awaited<ReturnType<typeof builtDeck>>
let browser: Browser
let w: Watched

beforeAll(async () => {
  deck = await builtDeck({ deck: hostileDeck() })
  browser = await openBrowser()
  w = await watchedPage(browser, new URL(deck.url).origin)
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await deck?.close()
})

describe('a deck built from hostile data', () => {
  it.skipIf(checkerMissing() !== undefined && !CI)('is still valid HTML on every page it built', async () => {
    expect(await htmlErrors(deck.dir)).toEqual([])
  }, 120_000)

  it.each(targets)('shows $name as plain text, runs nothing, and fits', async ({ no, texts }) => {
    await w.page.goto(`${deck.url}${no}`)
    await waitForSlide(w.page, no)
    const slide = w.page.locator(`.slidev-page-${no}`)
    for (const text of texts)
      await expect.poll(() => slide.getByText(text).first().isVisible()).toBe(true)
    expect(await slide.locator('img, script, b').count()).toBe(0)
    const audit = await w.page.evaluate(auditSlide, { no, minPx: 14 })
    expect(audit.outside).toEqual([])
    expect(audit.overlap).toEqual([])
    expect(audit.overflow).toEqual([])
    expect(audit.tiny).toEqual([])
    for (const d of audit.diagrams)
      expect(d.svg).toBe(true)
    expect(w.take()).toEqual({ errors: [], external: [], dialogs: [] })
  })

  it('writes markup, quotes and diagram syntax in labels into the drawing as text, on diagrams and the timeline', async () => {
    const checks: [number, string][] = [
      [targets[2].no, HOSTILE.milestone],
      [targets[3].no, HOSTILE.flow],
      [targets[4].no, HOSTILE.area],
      [targets[6].no, HOSTILE.event],
    ]
    for (const [no, label] of checks) {
      await w.page.goto(`${deck.url}${no}`)
      await waitForSlide(w.page, no)
      const drawing = await w.page.locator(`.slidev-page-${no} figure svg`).first().textContent()
      expect(drawing!.replace(/\s+/g, '')).toContain(label.replace(/\s+/g, ''))
      const [drawn] = await w.page.evaluate(auditFigures, { no, palette: [] })
      expect(drawn.overlaps).toEqual([])
      expect(drawn.spills).toEqual([])
    }
    expect(w.take()).toEqual({ errors: [], external: [], dialogs: [] })
  })
})
