// Writes each slide's drawn HTML into its own route of a built site (/, /N/, and named
// routes), so a static host serves a complete, styled slide before any script runs; the
// app replaces it once it has drawn the same slide (setup/prerendered-handover.ts).
//
// Drawn by the Chromium the export already uses, from the built site itself: the slide
// is exactly what the app draws (same components, same CSS, fonts loaded), with no second
// renderer to keep in step with Slidev.
import type { Page } from 'playwright-core'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { serveStatic } from '../offline/serve.mjs'
import { launchChromium, SLIDE_VIEWPORT, waitForSlide } from './browse'

export interface SlideRoute {
  /** The route under the site's base, '' for the first slide, else 'N/' or 'alias/'. */
  path: string
  no: number
}

/** The routes a deck of `count` slides answers: `/` and `/N/` for each slide after it, and each alias. */
export function slideRoutes(count: number, aliases: Record<number, string | undefined> = {}): SlideRoute[] {
  const routes: SlideRoute[] = [{ path: '', no: 1 }]
  for (let no = 2; no <= count; no++)
    routes.push({ path: `${no}/`, no })
  for (const [no, alias] of Object.entries(aliases)) {
    if (alias)
      routes.push({ path: `${alias}/`, no: Number(no) })
  }
  return routes
}

interface Snapshot { title: string, html: string }

/**
 * The drawn slide, as the app's own page structure (so the same CSS lays it out the same
 * way) with only the shown slide kept, and its scale set by CSS from the window's size
 * instead of by the app's script.
 */
function snapshotShownSlide(no: number): Snapshot {
  const live = document.getElementById('page-root')
  if (!live)
    throw new Error('no #page-root: has Slidev changed its page?')
  const hidden = new Set([...live.querySelectorAll('#slideshow > *')].filter(el => !el.checkVisibility()))
  const root = live.cloneNode(false) as HTMLElement
  const container = live.querySelector('#slide-container')!.cloneNode(false) as HTMLElement
  const content = live.querySelector('#slide-content')!.cloneNode(false) as HTMLElement
  const show = live.querySelector('#slideshow')!.cloneNode(false) as HTMLElement
  for (const child of live.querySelectorAll('#slideshow > *')) {
    if (!hidden.has(child))
      show.append(child.cloneNode(true))
  }
  if (!show.querySelector(`.slidev-page-${no}`))
    throw new Error(`slide ${no} is not the one shown`)
  content.append(show)
  container.append(content)
  root.append(container)
  // A size container, so the slide's scale is the app's own fit, min(width, height) over
  // the canvas, worked out by CSS: tan(atan2(a, b)) is a / b as a plain number.
  container.style.containerType = 'size'
  const width = Number.parseFloat(content.style.width)
  const height = Number.parseFloat(content.style.height)
  content.style.setProperty('--slidev-slide-scale', `min(tan(atan2(100cqw, ${width}px)), tan(atan2(100cqh, ${height}px)))`)
  return { title: document.title, html: root.outerHTML }
}

/**
 * The deck's dark colours for the prerendered slide, before the app can set its `dark`
 * class: each rule written for `.dark`, rewritten for a dark system setting until the
 * app runs (setup/prerendered-handover.ts marks the page `deck-app`).
 */
function darkSchemeRules(): string {
  const token = /(^|[\s>+~(,])(?:html)?\.dark(?![\w\\-])/g
  const rules: string[] = []
  for (const sheet of document.styleSheets) {
    for (const rule of sheet.cssRules) {
      if (!(rule instanceof CSSStyleRule) || !/\.dark(?![\w\\-])/.test(rule.selectorText))
        continue
      const selectors = rule.selectorText.split(/,(?![^(]*\))/)
        .filter(s => /\.dark(?![\w\\-])/.test(s))
        .map(s => s.trim().replace(token, '$1html:not(.deck-app)'))
        .filter(s => !/\s(html|body)\b/.test(s))
      if (selectors.length)
        rules.push(`${selectors.join(',')}{${rule.style.cssText}}`)
    }
  }
  return `@media (prefers-color-scheme: dark){${rules.join('')}}`
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const ENTRY = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/
const MODULE_PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g

/**
 * The built page with the drawn slide over its app, its title and the dark rules; the
 * app's modules are left to public/deck-boot.js to load (the list goes in a meta tag).
 */
export function routePage(shell: string, snapshot: Snapshot, no: number, dark: string, base: string): string {
  const app = /<div id="app"><div class="deck-loading">[\s\S]*?<\/div><\/div>/.exec(shell)
  const entry = ENTRY.exec(shell)
  if (!app || !entry || !/<title>[^<]*<\/title>/.test(shell))
    throw new Error('index.html lacks the loading note in #app, the module script or a <title>; has Slidev or scripts/lib/index-html.ts changed the page?')
  const modules = [entry[1], ...[...shell.matchAll(MODULE_PRELOAD)].map(m => m[1])]
  return shell
    // The page is one folder down: what the shell finds beside it, this finds at the base.
    .replace(/(href|src)="\.\//g, `$1="${base}`)
    .replace(entry[0], '')
    .replace(MODULE_PRELOAD, '')
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(snapshot.title)}</title>`)
    .replace('</head>', `<meta name="deck-app" content="${modules.join(' ')}">\n<script type="module" src="${base}deck-boot.js"></script>\n<style>${dark}</style>\n</head>`)
    .replace(app[0], `${app[0]}\n  <div id="prerendered" data-slide="${no}">${snapshot.html}</div>`)
}

/** Paths without a page of their own (print, presenter, a mistyped one) get the plain app. */
async function fallBackToTheApp(site: string, base: string): Promise<void> {
  await writeFile(join(site, '_redirects'), `${base}*    ${base}404.html   200\n`)
}

async function snapshotSlide(page: Page, url: string, no: number): Promise<Snapshot> {
  await page.goto(`${url}${no}`, { waitUntil: 'load' })
  await waitForSlide(page, no)
  return page.evaluate(snapshotShownSlide, no)
}

/** Writes every route of the built deck in `site` (hosted at `base`) with its slide drawn in. */
export async function prerenderRoutes(site: string, base: string, routes: SlideRoute[]): Promise<void> {
  const shell = await readFile(join(site, 'index.html'), 'utf8')
  // Served from the untouched shell: every snapshot is taken before any route is written.
  const server = await serveStatic(site, base)
  const browser = await launchChromium()
  const pages = new Map<number, string>()
  try {
    const page = await browser.newPage({ viewport: SLIDE_VIEWPORT, colorScheme: 'light' })
    let dark = ''
    for (const no of new Set(routes.map(r => r.no))) {
      const snapshot = await snapshotSlide(page, server.url, no)
      dark ||= await page.evaluate(darkSchemeRules)
      pages.set(no, routePage(shell, snapshot, no, dark, base))
    }
  }
  finally {
    await browser.close()
    await server.close()
  }
  await fallBackToTheApp(site, base)
  for (const route of routes) {
    await mkdir(join(site, route.path), { recursive: true })
    await writeFile(join(site, route.path, 'index.html'), pages.get(route.no)!)
  }
}
