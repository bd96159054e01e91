// Firefox, driven over WebDriver BiDi by puppeteer-core: Debian's firefox-esr (or the
// binary FIREFOX_PATH names), headless.
import type { Engine, EnginePage, InPage } from './engine'
import { existsSync } from 'node:fs'
import process from 'node:process'
import puppeteer from 'puppeteer-core'
import { onPath } from './engine'

function findFirefox(): string | undefined {
  const given = process.env.FIREFOX_PATH
  return given ? (existsSync(given) ? given : undefined) : onPath('firefox-esr', 'firefox')
}

export const firefox: Engine = {
  name: 'Firefox',
  // Firefox counts a line's whole font height (Source Sans 3: 1.42 em) in its box's
  // scrollable size: a title set at 1.3 reaches 3 px past its box in that measure, its
  // letters well inside it.
  overflowSlack: 4,
  missing: () => findFirefox()
    ? undefined
    : process.env.FIREFOX_PATH
      ? `FIREFOX_PATH=${process.env.FIREFOX_PATH} does not exist (unset it to use Debian's firefox-esr)`
      : 'Firefox is not installed: install Debian\'s firefox-esr (sudo apt-get install firefox-esr), or set FIREFOX_PATH to a Firefox binary',
  open: async (): Promise<EnginePage> => {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: true,
      // Scrollbars over the page, as on a phone: a page is as wide as its viewport.
      extraPrefsFirefox: { 'ui.useOverlayScrollbars': 1 },
    })
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error')
        errors.push(`console: ${m.text()}`)
    })
    page.on('pageerror', e => errors.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`))
    return {
      goto: async (url) => { await page.goto(url, { waitUntil: 'load' }) },
      // Plain data in and out, which puppeteer passes as it is.
      evaluate: <A, R>(fn: InPage<A, R>, arg: A) => page.evaluate(fn as unknown as (a: unknown) => Promise<R>, arg),
      press: key => page.keyboard.press(key),
      setViewport: size => page.setViewport(size),
      takeErrors: async () => errors.splice(0),
      close: () => browser.close(),
    }
  },
}
