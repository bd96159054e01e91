import { describe, expect, it } from 'vitest'
import { offlineReadme } from '../../scripts/lib/offline'
import { baseOf } from '../../scripts/offline/serve.mjs'

describe('offlineReadme', () => {
  it('underlines its heading and gives the address under the base path', () => {
    const [heading, rule] = offlineReadme('Deck', '/deck/').split('\n')
    expect(rule).toBe('='.repeat(heading.length))
    expect(offlineReadme('Deck', '/deck/')).toContain('http://127.0.0.1:8080/deck/')
  })

  it('offers Python\'s server only for a site built for the root path', () => {
    expect(offlineReadme('Deck', '/')).toContain('python3 -m http.server')
    expect(offlineReadme('Deck', '/deck/')).not.toContain('python3')
  })
})

describe('baseOf', () => {
  it('reads the base path from where index.html loads its assets', () => {
    expect(baseOf('<script type="module" src="/deck/assets/index-x.js"></script>')).toBe('/deck/')
    expect(baseOf('<link rel="stylesheet" href="/assets/index.css">')).toBe('/')
    expect(baseOf('<html></html>')).toBe('/')
  })
})
