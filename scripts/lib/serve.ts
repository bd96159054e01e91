import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'

const TYPES: Record<string, string> = {
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

export interface StaticServer { url: string, close: () => Promise<void>, server: Server }

/**
 * Serves a built deck under `base` on 127.0.0.1, with the history-mode fallback a
 * real host needs (unknown paths get index.html). Paths outside `base` are 404.
 */
export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  const dir = resolve(root)
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    if (!path.startsWith(base)) {
      res.writeHead(404).end('not under base')
      return
    }
    const rel = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '')
    let file = join(dir, rel)
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory())
      file = join(dir, 'index.html')
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>(ok => server.listen(0, '127.0.0.1', ok))
  const { port } = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${port}${base}`,
    server,
    close: () => new Promise<void>(ok => server.close(() => ok())),
  }
}
