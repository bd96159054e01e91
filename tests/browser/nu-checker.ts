// The W3C's Nu HTML Checker (vnu-jar, the checker behind validator.w3.org/nu), run on
// built pages: every page of a site folder, or one page's text. It runs on Java; a machine
// without it skips the check, saying so, except under CI, where the check fails.
import { execFile, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve, sep } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

export const CI = /^(?:1|true)$/i.test(process.env.CI ?? '')

const JAR = String(createRequire(import.meta.url)('vnu-jar'))

/**
 * CSS the checker's own CSS validator does not know yet, though every browser the decks
 * are for does; its messages about that CSS are the only ones let through. Each is the
 * exact message, where it is found, and why it is no fault of the page.
 */
export const UNKNOWN_TO_THE_CHECKER: { message: string, extract: RegExp, why: string }[] = [
  {
    message: 'CSS: “container-type”: Property “container-type” doesn\'t exist.',
    extract: /container-type: size/,
    why: 'container-type (CSS Containment Level 3, in Chromium, Firefox and Safari since 2023): the prerendered slide\'s box is a size container (scripts/lib/prerender.ts), so CSS scales the slide as the app would',
  },
  {
    message: 'CSS: “--slidev-slide-scale”: Parse Error.',
    extract: /--slidev-slide-scale: min\(tan\(atan2\(100cqw, [\d.]+px\)\), tan\(atan2\(100cqh, [\d.]+px\)\)\)/,
    why: 'the container query units cqw and cqh (same standard and browsers), which the checker reads as an unknown dimension: the prerendered slide\'s scale is the app\'s own fit, worked out by CSS from its container\'s size (scripts/lib/prerender.ts)',
  },
]

/** Why the checker cannot run here, or undefined when it can. */
export function checkerMissing(): string | undefined {
  if (!existsSync(JAR))
    return `the Nu HTML Checker's jar is not at ${JAR} (npm ci installs vnu-jar)`
  const java = spawnSync('java', ['-version'], { stdio: 'ignore' })
  if (java.error || java.status !== 0)
    return 'Java is not installed, and the Nu HTML Checker (vnu-jar) runs on it: install a Java runtime, 17 or later (Debian/Ubuntu: sudo apt-get install default-jre-headless)'
  return undefined
}

interface NuMessage { type: string, url?: string, lastLine?: number, message: string, extract?: string }

/**
 * Every HTML page under each folder (or each file) checked: each error as
 * "<page>:<line>: <message>", the page named from its folder (from the folder's parent
 * when there are several: "notes/read/index.html"); CSS the checker does not know yet
 * (UNKNOWN_TO_THE_CHECKER) left out. Throws when the checker cannot run.
 */
export async function htmlErrors(...paths: string[]): Promise<string[]> {
  const missing = checkerMissing()
  if (missing)
    throw new Error(`The pages cannot be checked: ${missing}`)
  const pages = paths.flatMap(p => htmlFilesIn(p))
  if (!pages.length)
    throw new Error(`No HTML page to check in ${paths.join(', ')}`)
  const { stdout } = await promisify(execFile)('java', ['-jar', JAR, '--errors-only', '--exit-zero-always', '--stdout', '--format', 'json', '--skip-non-html', ...paths], { maxBuffer: 64 * 1024 * 1024 })
  const { messages } = JSON.parse(stdout) as { messages: NuMessage[] }
  const named = (url: string | undefined) => {
    if (!url?.startsWith('file:'))
      return url ?? '(no page)'
    const file = fileURLToPath(url)
    const root = paths.map(p => resolve(p)).find(p => file.startsWith(p + sep))
    return root ? relative(paths.length > 1 ? dirname(root) : root, file) : file
  }
  return messages
    .filter(m => !UNKNOWN_TO_THE_CHECKER.some(u => m.message === u.message && u.extract.test(m.extract ?? '')))
    .map(m => `${named(m.url)}:${m.lastLine ?? '?'}: ${m.message}`)
}

/** The errors in one page's text (such as a page the engine writes without a build). */
export async function htmlErrorsIn(name: string, html: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'deck-nu-'))
  try {
    writeFileSync(join(dir, name), html)
    return await htmlErrors(dir)
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The HTML pages the checker reads in a folder (or the file itself). */
export function htmlFilesIn(path: string): string[] {
  if (/\.html?$/.test(path))
    return [path]
  return readdirSync(path, { recursive: true, encoding: 'utf8' }).filter(f => /\.html?$/.test(f)).map(f => join(path, f))
}
