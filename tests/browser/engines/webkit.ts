// WebKit: Debian's WebKitGTK MiniBrowser, driven by its WebKitWebDriver over classic
// WebDriver on a virtual display.
import type { Engine, EnginePage, InPage } from './engine'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { onPath } from './engine'
import { recordErrors, takeRecorded } from './page-errors'
import { newSession } from './webdriver'
import { startWebKitDriver } from './webkit-driver'

/** MiniBrowser is not on PATH: it sits beside the library, under the machine's multiarch folder. */
function findMiniBrowser(): string | undefined {
  const given = process.env.WEBKIT_MINIBROWSER
  if (given)
    return existsSync(given) ? given : undefined
  const lib = '/usr/lib'
  const arches = existsSync(lib) ? readdirSync(lib).filter(d => d.endsWith('-linux-gnu')) : []
  return arches.flatMap(arch => ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0'].map(api => join(lib, arch, api, 'MiniBrowser'))).find(p => existsSync(p))
}

const tools = () => ({ driver: onPath('WebKitWebDriver'), browser: findMiniBrowser(), display: onPath('xvfb-run') })

// MiniBrowser answers no permission request, so the screen wake lock Slidev asks for on
// every load is refused, and Slidev leaves the refusal uncaught: the harness's doing, not
// the deck's (Chromium's and Firefox's runs see no such error).
const HARNESS_ERRORS = new Set(['pageerror: NotAllowedError: Permission was denied'])

export const webkit: Engine = {
  name: 'WebKit',
  overflowSlack: 2,
  missing: () => {
    const { driver, browser, display } = tools()
    const lacking = [
      !driver && 'WebKitWebDriver (Debian\'s webkit2gtk-driver: sudo apt-get install webkit2gtk-driver)',
      !browser && 'MiniBrowser (Debian\'s libwebkit2gtk-4.1-0, which webkit2gtk-driver brings; or set WEBKIT_MINIBROWSER)',
      !display && 'xvfb-run (Debian\'s xvfb and xauth: sudo apt-get install xvfb xauth)',
    ].filter(Boolean)
    return lacking.length ? `WebKit cannot run: no ${lacking.join(', no ')}` : undefined
  },
  open: async (): Promise<EnginePage> => {
    const { driver, browser, display } = tools()
    const running = await startWebKitDriver(driver!, display!)
    const session = await newSession(running.server, {
      'browserName': 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
    }).catch(async (error) => {
      await running.stop()
      throw error
    })
    const evaluate = <A, R>(fn: InPage<A, R>, arg: A) => session.execute<R>(`return (${fn.toString()})(arguments[0])`, arg)
    return {
      goto: async (url) => {
        await session.navigate(url)
        await evaluate(recordErrors, undefined)
      },
      evaluate,
      press: key => session.pressKey(key),
      // The window's size is the page's plus MiniBrowser's toolbar: measure, then correct.
      // On a busy machine the window takes a moment to follow: the page's size is read once
      // it has stopped changing, or a correction would be made against the old size.
      setViewport: async ({ width, height }) => {
        const innerSize = () => evaluate(() => `${innerWidth}×${innerHeight}`, undefined)
        let outer = { width, height }
        const target = `${width}×${height}`
        for (let attempt = 0; attempt < 5; attempt++) {
          const prior = await innerSize()
          await session.setWindowSize(outer.width, outer.height)
          // Until the page has the size asked for, or has changed and then held still (2 s at most).
          let [before, now] = ['', await innerSize()]
          for (let read = 0; read < 40 && now !== target && (now === prior || now !== before); read++) {
            await new Promise(resolve => setTimeout(resolve, 50))
            ;[before, now] = [now, await innerSize()]
          }
          const [innerW, innerH] = now.split('×').map(Number)
          if (innerW === width && innerH === height)
            return
          outer = { width: outer.width + width - innerW, height: outer.height + height - innerH }
        }
        throw new Error(`WebKit's viewport would not come to ${width}×${height}`)
      },
      takeErrors: async () => {
        // A page come by other than goto (a link followed) starts its log here.
        await evaluate(recordErrors, undefined)
        return (await evaluate(takeRecorded, undefined)).filter(e => !HARNESS_ERRORS.has(e))
      },
      close: async () => {
        await session.end().catch(() => {})
        await running.stop()
      },
    }
  },
}
