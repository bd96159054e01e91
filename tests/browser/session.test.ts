// The suites' browser and watched page (session.ts): what a slide asks of another machine
// is recorded for the suites to fail on, and never fetched.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { serveStatic } from '../../scripts/offline/serve.mjs'
import { openBrowser, watchedPage } from './session'

const ELSEWHERE = ['http://203.0.113.9/picture.png', 'https://example.org/style.css']

it('records each request for another machine, and the browser refuses it at once', async () => {
  const site = mkdtempSync(join(tmpdir(), 'deck-session-'))
  writeFileSync(join(site, 'index.html'), `<!doctype html><html lang="en"><title>t</title><link rel="stylesheet" href="${ELSEWHERE[1]}"><img alt="" src="${ELSEWHERE[0]}"><img alt="" src="pixel.png">`)
  writeFileSync(join(site, 'pixel.png'), '')
  const server = await serveStatic(site, '/deck/')
  const browser = await openBrowser()
  try {
    const w = await watchedPage(browser, new URL(server.url).origin)
    const failed: string[] = []
    w.page.on('requestfailed', r => failed.push(r.url()))
    await w.page.goto(server.url, { waitUntil: 'load' })
    await expect.poll(() => [...failed].sort()).toEqual(ELSEWHERE)
    expect(w.take().external.sort()).toEqual(ELSEWHERE)
  }
  finally {
    await browser.close()
    await server.close()
    rmSync(site, { recursive: true, force: true })
  }
})
