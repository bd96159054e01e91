import { describe, expect, it } from 'vitest'
import { shareTags, withoutShareTags, withShareTags } from '../../scripts/lib/share-card'

const card = { title: 'India & Russia "after" <the> tariffs', description: 'A deck\'s description', image: 'https://example.org/deck/og-image.png' }
const content = (html: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html)?.[1]

describe('the share card', () => {
  it('gives the title, description and picture to Open Graph and Twitter, as escaped plain text', () => {
    const tags = shareTags(card)
    expect(content(tags, 'og:title')).toBe('India &amp; Russia &quot;after&quot; &lt;the&gt; tariffs')
    expect(content(tags, 'twitter:title')).toBe(content(tags, 'og:title'))
    expect(content(tags, 'og:description')).toBe('A deck\'s description')
    expect(content(tags, 'og:image')).toBe(card.image)
    expect([content(tags, 'og:image:width'), content(tags, 'og:image:height')]).toEqual(['1200', '630'])
    expect(content(tags, 'twitter:card')).toBe('summary_large_image')
    expect(tags).not.toMatch(/<(?!meta |link )/)
  })

  it('names the page\'s own address only when it is known', () => {
    expect(shareTags(card)).not.toMatch(/og:url|canonical/)
    const tags = shareTags({ ...card, url: 'https://example.org/deck/6/' })
    expect(content(tags, 'og:url')).toBe('https://example.org/deck/6/')
    expect(tags).toContain('<link rel="canonical" href="https://example.org/deck/6/">')
  })

  it('replaces the partial set Slidev writes, leaving one of each', () => {
    const page = '<html><head><title>t</title><meta property="og:title" content="x"><meta property="twitter:card" content="y"><link rel="canonical" href="z"></head><body></body></html>'
    const html = withShareTags(page, { ...card, url: 'https://example.org/deck/' })
    expect(html.match(/og:title/g)).toHaveLength(1)
    expect(html.match(/twitter:card/g)).toHaveLength(1)
    expect(html.match(/rel="canonical"/g)).toHaveLength(1)
    expect(html).not.toContain('content="x"')
    expect(() => withShareTags('<p>no head</p>', card)).toThrow(/<\/head>/)
  })

  it('can be taken off again, to look for what the page loads from elsewhere', () => {
    const page = withShareTags('<head><script src="/deck/a.js"></script></head>', { ...card, url: 'https://example.org/deck/' })
    expect(withoutShareTags(page)).toBe('<head><script src="/deck/a.js"></script>\n</head>')
  })
})
