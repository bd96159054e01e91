// The slide capture behind the PNGs and handouts waits until every diagram on a slide is
// drawn: the picture, and the links the handout lists, are the finished slide's. It moves
// round the deck as the build's drawing of each route does (showSlide), and each slide it
// reaches so must be the slide its address loads.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { launchChromium, openSlide, showSlide, SLIDE_VIEWPORT } from '../../scripts/lib/browse'
import { captureSlides } from '../../scripts/lib/capture'
import { loadSlides } from '../../scripts/lib/deck'
import { writeEntry } from '../../scripts/lib/decks'
import { serveStatic } from '../../scripts/offline/serve.mjs'
import { FIXTURE } from '../fixture-deck'
import { builtDeck, SITE_WAIT } from './site'

const dir = mkdtempSync(join(tmpdir(), 'deck-capture-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const SOURCE = 'https://example.org/diagram-source'
const SCREEN_READER_ONLY = 'https://example.org/listed-on-the-sources-slides'

/** A stand-in for a built deck whose diagram, with its source link, appears a while after the slide. */
function fakeDeck(): string {
  const site = join(dir, 'site')
  rmSync(site, { recursive: true, force: true })
  mkdirSync(site)
  const drawing = `<svg viewBox="0 0 10 10" width="10" height="10"><rect width="10" height="10"/></svg><figcaption><a href="${SOURCE}">source</a><span class="sr-only"><a href="${SCREEN_READER_ONLY}">again</a></span></figcaption>`
  writeFileSync(join(site, 'index.html'), `<!doctype html><body><script>
    document.body.innerHTML = '<div class="slidev-page-1"><div class="slidev-layout"><h1>Slide 1</h1><figure data-diagram="d"></figure></div></div>'
    setTimeout(() => { document.querySelector('figure').innerHTML = ${JSON.stringify(drawing)} }, 1500)
  </script></body>`)
  return site
}

it('captures a slide only once its diagram is drawn, with the links the slide shows', async () => {
  const server = await serveStatic(fakeDeck(), '/deck/')
  const browser = await launchChromium()
  try {
    const [slide] = await captureSlides(browser, server.url, 1, join(dir, 'png'), { scale: 1 })
    expect(slide.links).toEqual([SOURCE])
  }
  finally {
    await browser.close()
    await server.close()
  }
})

it('moving from slide to slide, shows each slide as loading its address does: at its first step, and with every step shown', async () => {
  const count = (await loadSlides(await writeEntry(FIXTURE, 'talk'))).length
  const site = await builtDeck({ deck: FIXTURE, variant: 'talk', withNotes: true })
  const browser = await launchChromium()
  try {
    const [moving, loading] = await Promise.all([browser.newPage({ viewport: SLIDE_VIEWPORT }), browser.newPage({ viewport: SLIDE_VIEWPORT })])
    const drawn = (page: typeof moving, no: number) => page.locator(`#slideshow > [data-slidev-no="${no}"]`).evaluate(el => el.outerHTML)
    const unlike: string[] = []
    for (const allClicks of [false, true]) {
      for (let no = 1; no <= count; no++) {
        await showSlide(moving, site.url, no, { allClicks })
        await openSlide(loading, site.url, no, { allClicks })
        if (await drawn(moving, no) !== await drawn(loading, no))
          unlike.push(`slide ${no}${allClicks ? ', every step shown' : ''}`)
      }
    }
    expect(unlike).toEqual([])
  }
  finally {
    await browser.close()
    await site.close()
  }
}, SITE_WAIT)
