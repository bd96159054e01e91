import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveStatic } from '../../scripts/offline/serve.mjs'

// The local server the zip carries (and the tests use), asked what a stray client might ask.
let dir: string
let server: Awaited<ReturnType<typeof serveStatic>>
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'deck-serve-'))
  writeFileSync(join(dir, 'index.html'), '<p>deck</p>')
  server = await serveStatic(dir, '/deck/')
})
afterAll(async () => {
  await server.close()
  rmSync(dir, { recursive: true, force: true })
})

function ask(method: string, path: string): Promise<{ status: number, allow?: string, body: string }> {
  return new Promise((ok, fail) => {
    const req = request(new URL(path, server.url), { method }, (res) => {
      let body = ''
      res.setEncoding('utf8').on('data', (d: string) => body += d).on('end', () => ok({ status: res.statusCode!, allow: res.headers.allow, body }))
    })
    req.on('error', fail)
    req.end()
  })
}

describe('node serve.mjs', () => {
  it('serves the deck to GET and its headers to HEAD', async () => {
    expect(await ask('GET', '/deck/')).toMatchObject({ status: 200, body: '<p>deck</p>' })
    expect(await ask('HEAD', '/deck/')).toMatchObject({ status: 200, body: '' })
  })

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('refuses %s with 405, saying what it allows', async (method) => {
    expect(await ask(method, '/deck/')).toMatchObject({ status: 405, allow: 'GET, HEAD' })
  })

  it('answers a malformed address with 400 and keeps serving', async () => {
    expect((await ask('GET', '/deck/%E0%A4%A')).status).toBe(400)
    expect((await ask('GET', '/deck/')).status).toBe(200)
  })
})
