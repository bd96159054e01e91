import { describe, expect, it } from 'vitest'
import { addContentSecurityPolicy, contentSecurityPolicy, oneCharsetDeclaration, TOUCH_NAV } from '../../vite/index-html'

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

describe('oneCharsetDeclaration', () => {
  it('keeps the charset and drops the Content-Type declaration Slidev writes beside it', () => {
    const out = oneCharsetDeclaration(page('<title>Deck</title>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n<meta name="description" content="A deck">'))
    expect(out).toContain('<meta charset="utf-8">')
    expect(out).not.toMatch(/http-equiv="Content-Type"/i)
    expect(out).toContain('<title>Deck</title>\n<meta name="description" content="A deck">')
  })

  it('says what is wrong when the page declares no charset', () => {
    expect(() => oneCharsetDeclaration('<html><head></head><body></body></html>')).toThrow(/no <meta charset.*Slidev changed its page/)
  })
})

describe('the touch controls', () => {
  it('name previous and next by their own text, not an aria-label, so a control with nowhere to go may lose its address', () => {
    for (const [control, name] of [['prev', 'Previous slide'], ['next', 'Next slide']]) {
      const link = new RegExp(`<a class="deck-touch-${control}"[^>]*>.*?</a>`).exec(TOUCH_NAV)![0]
      expect(link).not.toContain('aria-label')
      expect(link).toContain(`<span class="deck-touch-name">${name}</span>`)
    }
  })
})
