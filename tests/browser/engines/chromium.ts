// Chromium behind the engines' common interface, for the checks every engine runs: the
// same Playwright launch as the rest of the browser suites (scripts/lib/browse.ts).
import type { Engine, EnginePage, InPage } from './engine'
import { launchChromium } from '../../../scripts/lib/browse'
import { ChromiumNotFoundError, findChromium } from '../../../vite/chromium'

export const chromium: Engine = {
  name: 'Chromium',
  overflowSlack: 2,
  missing: () => {
    try {
      findChromium()
      return undefined
    }
    catch (error) {
      if (error instanceof ChromiumNotFoundError)
        return error.message
      throw error
    }
  },
  open: async (): Promise<EnginePage> => {
    const browser = await launchChromium()
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error')
        errors.push(`console: ${m.text()}`)
    })
    page.on('pageerror', e => errors.push(`pageerror: ${e.message}`))
    return {
      goto: async (url) => { await page.goto(url, { waitUntil: 'load' }) },
      // Plain data in and out, which Playwright passes as it is.
      evaluate: <A, R>(fn: InPage<A, R>, arg: A) => page.evaluate(fn as unknown as (a: unknown) => Promise<R>, arg),
      press: key => page.keyboard.press(key),
      setViewport: size => page.setViewportSize(size),
      takeErrors: async () => errors.splice(0),
      close: () => browser.close(),
    }
  },
}
