import { readFile } from 'node:fs/promises'
import { ROOT } from './deck'

/** The zip's instructions: browsers refuse to run the deck from file://, so say how to serve it. */
export function offlineReadme(title: string, base: string): string {
  const python = base === '/'
    ? `\nNo Node.js? With Python 3, run this in the same folder instead:\n\n    python3 -m http.server 8080\n\nthen open http://localhost:8080/ (reloading a slide other than the first shows\nan error page there; go back to http://localhost:8080/).\n`
    : ''
  const heading = `${title}: offline copy of the deck`
  return `${heading}
${'='.repeat(heading.length)}

Double-clicking index.html shows an empty page: browsers do not run a web app's
code straight from the disk. Serve this folder on your own computer instead.
Nothing is fetched from the internet.

With Node.js 18 or newer, open a terminal in this folder and run:

    node serve.mjs

then open the address it prints (http://127.0.0.1:8080${base} unless that port is
taken). Ctrl+C stops it.
${python}
Keys: arrow keys or space to move, f for full screen, o for the slide overview.
`
}

/** What goes into the zip beside the site: the server script and how to use it. */
export async function offlineExtras(title: string, base: string): Promise<Record<string, string>> {
  return {
    'serve.mjs': await readFile(`${ROOT}/scripts/offline/serve.mjs`, 'utf8'),
    'HOW-TO-OPEN.txt': offlineReadme(title, base),
  }
}
