import { describe, expect, it } from 'vitest'
import { formatDate } from '../../data/format'
import { checkLandingPage, landingPageHtml } from '../../scripts/lib/landing-page'
import { HOSTILE } from '../browser/hostile-data'
// The fixture with two variants, so that a link to each is looked for.
import { crowded as article } from '../fixture-variants'

const ID = 'riverton'
const decks = [{ id: ID, article }]

describe('the landing page', () => {
  const html = landingPageHtml(decks, '/decks/')

  it('lists each deck with its source, how far its record goes, and a link to each variant with its length', () => {
    expect(html).toContain(`<h2>${article.deck.title}</h2>`)
    for (const v of article.deck.variants)
      expect(html).toContain(`<a href="/decks/${ID}/${v.id}/">${v.minutes}-minute ${v.label}</a>`)
    expect(html).toContain(`Context verified on ${formatDate(article.meta.verifiedOn)}; record through ${formatDate(article.meta.recordThrough)}`)
    expect(checkLandingPage(html, decks, '/decks/')).toEqual([])
  })

  it('runs nothing and fetches nothing: no script, and a policy that allows only its own style', () => {
    expect(html).not.toMatch(/<script|https?:\/\//)
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[\w+/=]+'/)
  })

  it('shows a deck\'s words as text, whatever they hold', () => {
    const hostile = { ...article, deck: { ...article.deck, title: HOSTILE.markup } }
    const page = landingPageHtml([{ id: ID, article: hostile }], '/')
    expect(page).not.toContain('<img')
    expect(page).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;')
  })

  it('finds a deck or a variant missing from a page', () => {
    expect(checkLandingPage(landingPageHtml([], '/decks/'), decks, '/decks/')).toEqual([
      `does not name the deck "${article.deck.title}"`,
      ...article.deck.variants.map(v => `does not link /decks/${ID}/${v.id}/`),
    ])
  })
})
