// Mends the page Slidev writes (index.html), as a Vite transform in vite.config.ts.
import { createHash } from 'node:crypto'
import { PALETTE } from '../styles/palette'

/** `content="&quot;text&quot;"` → `content="text"`: Slidev JSON-encodes headmatter values into meta tags. */
export function unquoteMetaValues(html: string): string {
  return html.replace(/(<meta\b[^>]*\scontent=")&quot;((?:(?!&quot;")[^"])*)&quot;"/g, '$1$2"')
}

const CONTENT_TYPE_META = /\s*<meta http-equiv="Content-Type" content="text\/html; charset=UTF-8">/i

/**
 * One declaration of the page's encoding: Slidev writes `<meta http-equiv="Content-Type">`
 * into its head beside the template's `<meta charset>`, and HTML allows only one of them.
 * The charset stays (first in the head, as HTML wants it).
 */
export function oneCharsetDeclaration(html: string): string {
  if (!/<meta charset="utf-8">/i.test(html))
    throw new Error('index.html has no <meta charset="utf-8">; has Slidev changed its page?')
  return html.replace(CONTENT_TYPE_META, '')
}

// Styled inline: opened from the disk, the page cannot load its stylesheet either.
const NOTE_STYLE = `<style>
.deck-loading { font: 18px/1.5 system-ui, sans-serif; color: ${PALETTE.ink}; max-width: 36rem; margin: 15vh auto; padding: 0 1.5rem; }
.deck-loading .stuck { visibility: hidden; animation: deck-stuck 0s 3s forwards; }
@keyframes deck-stuck { to { visibility: visible; } }
</style>`

/**
 * What #app shows until the deck's code replaces it: "loading" at once, and after a few
 * seconds why it may never load. Double-clicking the zip's index.html gives a page whose
 * code the browser refuses to run from file://; without this the page stays blank.
 */
export function addLoadingNote(html: string): string {
  const note = `<div class="deck-loading"><p>Loading the slides…</p>`
    + `<p class="stuck">Nothing yet? If you opened this file from a disk or a zip (the address starts with <code>file://</code>), `
    + `browsers will not run the deck that way. Read <strong>HOW-TO-OPEN.txt</strong> in the same folder: `
    + `it takes one command, <code>node serve.mjs</code>, to show the deck with no network.</p></div>`
  if (!html.includes('<div id="app"></div>'))
    throw new Error('index.html has no empty <div id="app"></div> to put the loading note in; has Slidev changed its page?')
  return html.replace('</head>', `${NOTE_STYLE}\n</head>`).replace('<div id="app"></div>', `<div id="app">${note}</div>`)
}

/**
 * The touch controls' markup; each page fills in its links (scripts/lib/route-page.ts,
 * setup/touch-nav.ts). Previous and next are named by their own text, out of sight
 * beside the chevron (styles/touch.css): on the first or last slide one has nowhere to
 * go and is a hidden link without an address, which HTML lets carry no `aria-label`.
 */
const chevron = (d: string) => `<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><path d="${d}" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/></svg>`
const unseen = (name: string) => `<span class="deck-touch-name">${name}</span>`
export const TOUCH_NAV = '<nav class="deck-touch" aria-label="Move through the slides">'
  + `<a class="deck-touch-prev" href="./">${chevron('M15 5l-7 7 7 7')}${unseen('Previous slide')}</a>`
  + '<a class="deck-touch-read" href="./read/" aria-label="Read as a page"><span>Read<span class="deck-touch-long"> as a page</span></span></a>'
  + `<a class="deck-touch-next" href="./">${chevron('M9 5l7 7-7 7')}${unseen('Next slide')}</a>`
  + '</nav>'

/**
 * Previous and next controls, and the switch to the reading page, for touch screens,
 * which have no keys and no hover to bring up Slidev's own controls. Outside #app: the
 * app does not redraw them, and they work as plain links before it runs.
 */
export function addTouchNav(html: string): string {
  const app = /<div id="app">[\s\S]*?<\/div><\/div>/.exec(html)
  if (!app)
    throw new Error('index.html has no #app with its loading note to put the touch controls after; has Slidev changed its page?')
  return html.replace(app[0], `${app[0]}\n  ${TOUCH_NAV}`)
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

/**
 * The page's Content Security Policy, as a meta tag: its own origin only; an inline script
 * only by the hash of one in this page; no plugins, no forms elsewhere, no base rewriting.
 * Data is text, never markup; this is the second lock should some markup slip through.
 * Styles may be inline: Slidev adds <style> elements as it runs (print page size, the dark
 * switch), and a style cannot run code. (frame-ancestors is not honoured in a meta tag; a
 * host can send it as a header.)
 */
export function contentSecurityPolicy(html: string): string {
  const inlineScripts = Array.from(html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g), m => sha256(m[1]))
  return [
    `default-src 'self'`,
    `script-src 'self' ${inlineScripts.join(' ')}`.trim(),
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
  ].join('; ')
}

/** Puts the policy at the top of <head>, after the charset and before anything it governs. */
export function addContentSecurityPolicy(html: string): string {
  const head = /<head>\s*(?:<meta charset="[^"]*">)?/i.exec(html)
  if (!head)
    throw new Error('index.html has no <head> to put the Content Security Policy in; has Slidev changed its page?')
  return html.replace(head[0], `${head[0]}\n<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}">`)
}
