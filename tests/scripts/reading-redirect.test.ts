import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// The script each slide's page runs first, as the browser gets it.
const source = readFileSync(new URL('../../scripts/lib/reading-redirect.js', import.meta.url), 'utf8')

function phone({ upright, search = '', storage = true }: { upright: boolean, search?: string, storage?: boolean }) {
  const stored = new Map<string, string>()
  const went: string[] = []
  const win = {
    location: { search, replace: (to: string) => went.push(to) },
    matchMedia: (query: string) => ({ matches: upright && query.includes('max-width: 640px') && query.includes('portrait') }),
    get sessionStorage() {
      if (!storage)
        throw new Error('denied')
      return { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => stored.set(k, v), removeItem: (k: string) => stored.delete(k) }
    },
  }
  const doc = { querySelector: (q: string) => q === 'meta[name="deck-reading"]' ? { getAttribute: () => '/deck/read/#slide-24' } : null }
  // eslint-disable-next-line no-new-func -- runs the inline script as the page does, with a stand-in window
  const run = () => new Function('window', 'document', source)(win, doc)
  return { win, went, run, stored }
}

describe('the first script on a slide\'s page', () => {
  it('sends a phone held upright to the slide\'s section of the reading page', () => {
    const p = phone({ upright: true })
    p.run()
    expect(p.went).toEqual(['/deck/read/#slide-24'])
  })

  it('leaves a phone turned sideways, or a wider screen, on the slide', () => {
    const p = phone({ upright: false })
    p.run()
    expect(p.went).toEqual([])
  })

  it('keeps the slides for a reader who chose them, for the rest of the visit', () => {
    const p = phone({ upright: true, search: '?slides' })
    p.run()
    expect(p.went).toEqual([])
    p.win.location.search = ''
    p.run()
    expect(p.went).toEqual([])
    p.stored.clear()
    p.run()
    expect(p.went).toEqual(['/deck/read/#slide-24'])
  })

  it('still sends a phone to the reading page where the browser keeps no storage', () => {
    const p = phone({ upright: true, storage: false })
    p.run()
    expect(p.went).toEqual(['/deck/read/#slide-24'])
  })
})
