// The slide capture behind the PNGs and handouts stops at a diagram Mermaid could not
// draw, naming the slide, instead of saving a picture of the error.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/lib/browse'
import { captureSlides, DiagramError } from '../../scripts/lib/capture'
import { serveStatic } from '../../scripts/offline/serve.mjs'

const dir = mkdtempSync(join(tmpdir(), 'deck-capture-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A stand-in for a built deck: slide 1 draws, slide 2 shows Mermaid's error as Slidev does. */
function fakeDeck(): string {
  const site = join(dir, 'site')
  const slide = (no: number, diagram: string) => `<div class="slidev-page-${no}"><div class="slidev-layout"><figure data-diagram="d">${diagram}</figure></div></div>`
  rmSync(site, { recursive: true, force: true })
  mkdirSync(site)
  writeFileSync(join(site, 'index.html'), `<!doctype html><body><script>
    const no = Number(location.pathname.split('/').filter(Boolean).at(-1))
    document.body.innerHTML = no === 1
      ? ${JSON.stringify(slide(1, '<svg data-fitted width="10" height="10"><rect width="10" height="10"/></svg>'))}
      : ${JSON.stringify(slide(2, '<pre>Parse error on line 11: unexpected token</pre>'))}
  </script></body>`)
  return site
}

it('names the slide and Mermaid\'s message when a diagram failed to draw', async () => {
  const server = await serveStatic(fakeDeck(), '/deck/')
  const browser = await launchChromium()
  try {
    const error = await captureSlides(browser, server.url, 2, join(dir, 'png'), { scale: 1 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DiagramError)
    expect((error as DiagramError).slide).toBe(2)
    expect((error as DiagramError).message).toMatch(/Slide 2: Mermaid could not draw.*\n.*Parse error on line 11/)
  }
  finally {
    await browser.close()
    await server.close()
  }
})
