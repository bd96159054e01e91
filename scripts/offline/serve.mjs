// Serves a built deck on 127.0.0.1. The export and the tests use it, and it goes into the
// site zip as is, so an offline copy can be opened with `node serve.mjs`: browsers will
// not run the deck's modules from file://. Plain JavaScript, Node built-ins only.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { dirname, extname, join, normalize, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createGzip } from 'node:zlib'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
}

/**
 * Serves the deck in `root` under `base` on 127.0.0.1 (`port` 0: any free one), as a static
 * host does: a folder by its index.html, and the history-mode fallback a real host needs
 * (other paths get the app's page, 404.html, as Slidev writes it for such hosts). Paths outside `base` are 404.
 */
export async function serveStatic(root, base = '/', port = 0) {
  const dir = resolve(root)
  const server = createServer((req, res) => {
    // A static site only answers reads; anything else is refused, as a static host does.
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end('only GET and HEAD')
      return
    }
    let path
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    }
    catch {
      res.writeHead(400).end('malformed address')
      return
    }
    if (!path.startsWith(base)) {
      res.writeHead(404).end('not under base')
      return
    }
    const rel = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '')
    let file = join(dir, rel)
    // A slide's route is a folder with its own page (the slide drawn in); other paths
    // are the app's to answer.
    if (file.startsWith(dir) && existsSync(file) && statSync(file).isDirectory())
      file = join(file, 'index.html')
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory())
      file = existsSync(join(dir, '404.html')) ? join(dir, '404.html') : join(dir, 'index.html')
    const type = TYPES[extname(file)] ?? 'application/octet-stream'
    // Compressed as any web host sends text, so what a phone downloads here is what it would there.
    if (/^(?:text\/|image\/svg|application\/json)/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'vary': 'accept-encoding' })
      createReadStream(file).pipe(createGzip()).pipe(res)
      return
    }
    res.writeHead(200, { 'content-type': type })
    createReadStream(file).pipe(res)
  })
  await new Promise((ok, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', () => ok(undefined))
  })
  const address = server.address()
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    server,
    close: () => new Promise(ok => server.close(() => ok(undefined))),
  }
}

/** The base path a built deck was made for, read from where its index.html loads assets. */
export function baseOf(indexHtml) {
  return indexHtml.match(/(?:src|href)="(\/[^"]*?)assets\//)?.[1] ?? '/'
}

/** `node serve.mjs` in an unzipped deck: serve this folder on the first free of 8080–8089. */
async function main() {
  const here = dirname(fileURLToPath(import.meta.url))
  const base = baseOf(readFileSync(join(here, 'index.html'), 'utf8'))
  for (let port = 8080; port < 8090; port++) {
    try {
      const { url } = await serveStatic(here, base, port)
      console.log(`The deck is at ${url}\nOpen that address in a browser. Nothing is fetched from the internet. Ctrl+C stops.`)
      return
    }
    catch (error) {
      if (error.code !== 'EADDRINUSE')
        throw error
    }
  }
  throw new Error('ports 8080 to 8089 are all in use; close another local server and try again')
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(`Could not serve the deck: ${error.message}`)
    process.exitCode = 1
  })
}
