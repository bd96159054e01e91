// What a link to the deck shows when pasted into a chat or a post: the deck's title and
// description, a 1200×630 picture of its cover, and its address when known (Open Graph and
// Twitter card tags). Values are plain text, escaped; nothing here comes from a viewer.
import type { Browser } from 'playwright-core'
import { writeFile } from 'node:fs/promises'
import { waitForSlide } from './browse'
import { escapeXml } from './markup'

export const SHARE_IMAGE = { file: 'og-image.png', width: 1200, height: 630 } as const

export interface ShareCard {
  title: string
  description: string
  /** The picture's address: absolute when the site's address is known. */
  image: string
  /** The page's own address, when the site's is known: og:url and the canonical link. */
  url?: string
}

export function shareTags(card: ShareCard): string {
  const meta = (key: 'property' | 'name', name: string, value: string) => `<meta ${key}="${name}" content="${escapeXml(value)}">`
  const alt = `The cover of the deck: ${card.title}`
  return [
    meta('property', 'og:type', 'website'),
    meta('property', 'og:title', card.title),
    meta('property', 'og:description', card.description),
    meta('property', 'og:image', card.image),
    meta('property', 'og:image:width', String(SHARE_IMAGE.width)),
    meta('property', 'og:image:height', String(SHARE_IMAGE.height)),
    meta('property', 'og:image:alt', alt),
    ...card.url ? [meta('property', 'og:url', card.url), `<link rel="canonical" href="${escapeXml(card.url)}">`] : [],
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', card.title),
    meta('name', 'twitter:description', card.description),
    meta('name', 'twitter:image', card.image),
    meta('name', 'twitter:image:alt', alt),
  ].join('\n')
}

const SHARE_TAGS = /\s*<meta (?:property|name)="(?:og|twitter):[^"]*" content="[^"]*">|\s*<link rel="canonical"[^>]*>/g

/** The page without share tags: they name addresses that nothing on the page loads. */
export const withoutShareTags = (html: string): string => html.replace(SHARE_TAGS, '')

/** The page with the card's tags in place of any it had (Slidev writes a partial set). */
export function withShareTags(html: string, card: ShareCard): string {
  if (!html.includes('</head>'))
    throw new Error('the page has no </head> to put its share tags in')
  return withoutShareTags(html).replace('</head>', `${shareTags(card)}\n</head>`)
}

/**
 * The cover as a shared link's picture: the first slide at 1200×630, the margins either side
 * in the slide's own colour, without the QR code (a picture in a chat cannot be scanned back).
 */
export async function renderShareImage(browser: Browser, deckUrl: string, out: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: SHARE_IMAGE.width, height: SHARE_IMAGE.height }, colorScheme: 'light' })
  try {
    await page.goto(`${deckUrl}1`, { waitUntil: 'load' })
    await waitForSlide(page, 1)
    await page.addStyleTag({ content: '.take-home { display: none !important; } .slidev-nav, .deck-touch { display: none !important; } html, body, #app, #slide-container { background: var(--deck-bg) !important; }' })
    await page.evaluate(() => document.fonts.ready)
    await writeFile(out, await page.screenshot({ type: 'png' }))
  }
  finally {
    await page.close()
  }
}
