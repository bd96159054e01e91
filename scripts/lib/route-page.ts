// The pages the prerender writes from the app's own page (index.html, "the shell"): one
// per slide route, with its slide drawn in, and the reading page with every slide in turn.
import { readingLink, slidesLink, touchLinks } from '../../setup/page-links'
import { contentSecurityPolicy } from '../../vite/index-html'
import { escapeXml } from './markup'

export { READING_PATH } from '../../setup/page-links'

export interface SlideRoute {
  /** The route under the site's base: '' for the first slide, else 'N/' or 'alias/'. */
  path: string
  no: number
}

/**
 * The routes a deck of `count` slides answers: `/`, `/N/` for each slide (the app shows
 * the first slide as /1, so a shared link may name it), and each alias.
 */
export function slideRoutes(count: number, aliases: Record<number, string | undefined> = {}): SlideRoute[] {
  const routes: SlideRoute[] = [{ path: '', no: 1 }]
  for (let no = 1; no <= count; no++)
    routes.push({ path: `${no}/`, no })
  for (const [no, alias] of Object.entries(aliases)) {
    if (alias)
      routes.push({ path: `${alias}/`, no: Number(no) })
  }
  return routes
}

/** A slide as the app draws it: the page's title, the slide in the app's page structure, and the slide alone. */
export interface Snapshot {
  title: string
  /** The slide inside the app's own page structure, scaled by CSS (the route page's copy). */
  html: string
  /** The slide's own element, for the reading page. */
  slide: string
}

const ENTRY = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/
const MODULE_PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g
const APP = /<div id="app"><div class="deck-loading">[\s\S]*?<\/div><\/div>/
const TITLE = /<title>[^<]*<\/title>/
const TOUCH_NAV = /<nav class="deck-touch"[\s\S]*?<\/nav>/
const POLICY = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/
const VIEWPORT = /<meta name="viewport"[^>]*>/

function shellParts(shell: string) {
  const app = APP.exec(shell)
  const entry = ENTRY.exec(shell)
  const nav = TOUCH_NAV.exec(shell)
  if (!app || !entry || !nav || !TITLE.test(shell) || !POLICY.test(shell) || !VIEWPORT.test(shell))
    throw new Error('index.html lacks the loading note in #app, the module script, the touch controls, a <title>, the Content Security Policy or the viewport; has Slidev or vite/index-html.ts changed the page?')
  return { app: app[0], entry, modules: [entry[1], ...Array.from(shell.matchAll(MODULE_PRELOAD), m => m[1])] }
}

/** The shell one folder down, without the app's own module tags: what it found beside it is at the base. */
function relocate(shell: string, base: string, entry: string, title: string, head: string): string {
  return shell
    .replace(/(href|src)="\.\//g, `$1="${base}`)
    .replace(entry, '')
    .replace(MODULE_PRELOAD, '')
    .replace(TITLE, `<title>${escapeXml(title)}</title>`)
    .replace('</head>', `${head}\n</head>`)
}

/** The touch controls, linked to the slides either side of slide `no` of `count` and to its place on the reading page. */
function touchNav(nav: string, base: string, no: number, count: number): string {
  const to = touchLinks(base, no, count)
  const link = (href: string | undefined) => href ? `$1 href="${href}"` : '$1 hidden'
  return nav
    .replace(/(class="deck-touch-prev") href="[^"]*"/, link(to.prev))
    .replace(/(class="deck-touch-next") href="[^"]*"/, link(to.next))
    .replace(/(class="deck-touch-read") href="[^"]*"/, link(to.read))
}

/**
 * A slide route's page: the drawn slide over the app, titled after the slide, the touch
 * controls linked from it, the dark-scheme rules; the app's modules are left to
 * public/deck-boot.js to load (the list goes in a meta tag).
 */
export function routePage(shell: string, snapshot: Snapshot, no: number, count: number, dark: string, base: string, readingRedirect: string): string {
  const { app, entry, modules } = shellParts(shell)
  const head = [
    `<meta name="deck-app" content="${modules.join(' ')}">`,
    `<script type="module" src="${base}deck-boot.js"></script>`,
    `<style>${dark}</style>`,
  ].join('\n')
  const page = relocate(shell, base, entry[0], snapshot.title, head)
  const moved = TOUCH_NAV.exec(page)![0]
  const withSlide = page
    .replace(moved, touchNav(moved, base, no, count))
    .replace(app, `${app}\n  <div id="prerendered">${snapshot.html}</div>`)
    // Early in the head, before anything is fetched, and once the viewport is set (before
    // that, a phone's window is 980 px wide): a phone held upright goes to the reading page.
    .replace(VIEWPORT, `$&\n<meta name="deck-reading" content="${readingLink(base, no)}">\n<script>${readingRedirect.trim()}</script>`)
  // The policy names the one inline script by its hash.
  return withSlide.replace(POLICY, m => m.replace(/content="[^"]*"/, `content="${contentSecurityPolicy(withSlide)}"`))
}

/**
 * The reading page: every slide in turn, as the app draws it, laid out as one page for a
 * phone held upright (styles/reading.css), with a switch to the slides. No app runs here.
 */
export function readingPage(shell: string, slides: Snapshot[], deckTitle: string, dark: string, base: string): string {
  const { app, entry } = shellParts(shell)
  const head = [`<script type="module" src="${base}deck-boot.js"></script>`, `<style>${dark}</style>`].join('\n')
  // Each section names its slide's page, for the switch to follow (public/deck-boot.js).
  const sections = slides.map((s, i) => `<section class="reading-section" id="slide-${i + 1}" data-slides-link="${slidesLink(base, i + 1)}">${s.slide}</section>`)
  const page = [
    '<div class="deck-reading">',
    `<header class="reading-bar"><p class="reading-title">${escapeXml(deckTitle)}</p>`,
    `<a class="reading-switch" href="${escapeXml(slidesLink(base, 1))}">Show as slides</a></header>`,
    `<main>${sections.join('\n')}</main>`,
    '</div>',
  ].join('\n')
  return relocate(shell, base, entry[0], deckTitle, head)
    .replace(TOUCH_NAV, '')
    .replace(app, page)
    .replace('<html lang="en">', '<html lang="en" class="reading">')
}
