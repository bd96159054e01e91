import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import process from 'node:process'

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]

export class ChromiumNotFoundError extends Error {
  constructor(tried: string[]) {
    super([
      'No Chromium found, so nothing can be rendered.',
      `Looked in: ${tried.join(', ') || '(nowhere)'}`,
      'Fix: install one (Debian/Ubuntu: `sudo apt-get install -y chromium`),',
      'or point CHROME_PATH at an existing Chrome or Chromium binary.',
    ].join('\n'))
    this.name = 'ChromiumNotFoundError'
  }
}

function playwrightBrowser(): string | undefined {
  try {
    const require = createRequire(import.meta.url)
    const { chromium } = require('playwright-core') as typeof import('playwright-core')
    return chromium.executablePath()
  }
  catch {
    return undefined
  }
}

/** CHROME_PATH first, then Playwright's own browser, then the usual system paths. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string {
  const candidates = [env.CHROME_PATH, playwrightBrowser(), ...SYSTEM_PATHS].filter((p): p is string => !!p)
  if (env.CHROME_PATH && !exists(env.CHROME_PATH))
    throw new ChromiumNotFoundError([`CHROME_PATH=${env.CHROME_PATH} (does not exist)`])
  const found = candidates.find(p => exists(p))
  if (!found)
    throw new ChromiumNotFoundError(candidates)
  return found
}

/** Flags that keep headless Chromium from reaching the network on its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
