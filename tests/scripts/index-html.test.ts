import { describe, expect, it } from 'vitest'
import { addContentSecurityPolicy, contentSecurityPolicy } from '../../vite/index-html'

const page = (head: string) => `<!DOCTYPE html><html><head>\n<meta charset="utf-8">\n${head}</head><body><div id="app"></div></body></html>`

describe('contentSecurityPolicy', () => {
  it('allows the site\'s own origin, and an inline script only by its hash', () => {
    const policy = contentSecurityPolicy(page('<script type="module" src="/assets/index.js"></script><script>console.log(1)</script>'))
    expect(policy).toContain(`default-src 'self'`)
    // sha256 of "console.log(1)", base64.
    expect(policy).toMatch(/script-src 'self' 'sha256-[\w+/=]{44}';/)
    expect(policy).not.toMatch(/script-src[^;]*unsafe/)
    expect(policy).toContain(`object-src 'none'`)
    expect(policy).toContain(`base-uri 'self'`)
  })

  it('lists no hash when the page has no inline script', () => {
    expect(contentSecurityPolicy(page('<script type="module" src="/a.js"></script>'))).toMatch(/script-src 'self';/)
  })
})

describe('addContentSecurityPolicy', () => {
  it('puts the policy right after the charset, before anything it governs', () => {
    const out = addContentSecurityPolicy(page('<script src="/a.js"></script>'))
    expect(out).toMatch(/<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="default-src 'self';[^"]*">\n<script/)
  })

  it('says what is wrong when the page has no head', () => {
    expect(() => addContentSecurityPolicy('<html><body></body></html>')).toThrow(/no <head>.*Slidev changed its page/)
  })
})
