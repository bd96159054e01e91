// Writes each slide's drawn HTML into its own route of a built site (/, /N/, and named
// routes), so a static host serves a complete, styled slide before any script runs (the
// app replaces it once it has drawn the same slide: setup/prerendered-handover.ts); and
// the reading page, read/, with every slide in turn for a phone held upright.
//
// Drawn by the Chromium the export already uses, from the built site itself: the slide
// is exactly what the app draws (same components, same CSS, fonts loaded), with no second
// renderer to keep in step with Slidev.
import type { Page } from 'playwright-core'
import type { SlideRoute, Snapshot } from './route-page'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { serveStatic } from '../offline/serve.mjs'
import { launchChromium, showSlide, SLIDE_VIEWPORT } from './browse'
import { unescapeXml } from './markup'
import { READING_PATH, readingPage, routePage } from './route-page'
import { renderShareImage, SHARE_IMAGE, withShareTags } from './share-card'

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
  return { title: document.title, html: root.outerHTML, slide: show.querySelector(`.slidev-page-${no}`)!.outerHTML }
}

/**
 * The deck's dark colours for the prerendered slide, before the app can set its `dark`
 * class: each rule written for `.dark` that applies to the page or the slide shown,
 * rewritten for a dark system setting until the app runs (setup/prerendered-handover.ts
 * marks the page `deck-app`).
 */
function darkSchemeRules(): string[] {
  const token = /(^|[\s>+~(,])(?:html)?\.dark(?![\w\\-])/g
  const shown = document.getElementById('page-root')!
  const rules: string[] = []
  for (const sheet of document.styleSheets) {
    for (const rule of sheet.cssRules) {
      if (!(rule instanceof CSSStyleRule) || !/\.dark(?![\w\\-])/.test(rule.selectorText))
        continue
      const selectors = rule.selectorText.split(/,(?![^(]*\))/)
        .filter(s => /\.dark(?![\w\\-])/.test(s) && !/:(?:hover|focus|active)/.test(s))
        .map(s => s.trim().replace(token, '$1html:not(.deck-app)'))
        .filter((s) => {
          // Only what the page or the shown slide has: the app's own panels are not drawn in.
          const probe = s.replace(/:not\(\.deck-app\)/g, '').replace(/::?(before|after|marker|placeholder)\b/g, '')
          try {
            return [...document.querySelectorAll(probe)].some(el => el === document.documentElement || shown.contains(el))
          }
          catch {
            return false
          }
        })
      if (selectors.length)
        rules.push(`${selectors.join(',')}{${rule.style.cssText}}`)
    }
  }
  return rules
}

async function snapshotSlide(page: Page, url: string, no: number, allClicks = false): Promise<Snapshot> {
  await showSlide(page, url, no, { allClicks })
  return page.evaluate(snapshotShownSlide, no)
}

/** Paths without a page of their own (print, presenter, a mistyped one) get the plain app. */
async function fallBackToTheApp(site: string, base: string): Promise<void> {
  await writeFile(join(site, '_redirects'), `${base}*    ${base}404.html   200\n`)
}

/** Whether the slide keeps something for a later click: a v-click step, or a collapsed answer. */
const hasHiddenSteps = (page: Page, no: number) => page.locator(`.slidev-page-${no} :is(.slidev-vclick-hidden, [aria-expanded="false"])`).count().then(n => n > 0)

/**
 * Writes every route of the built deck in `site` (hosted at `base`) with its slide drawn
 * in, and the reading page with every slide, each with all its click steps shown.
 */
export async function prerenderRoutes(site: string, base: string, routes: SlideRoute[], address?: string): Promise<void> {
  const shell = await readFile(join(site, 'index.html'), 'utf8')
  const deckTitle = /<title>([^<]*)<\/title>/.exec(shell)?.[1] ?? ''
  const count = Math.max(...routes.map(r => r.no))
  // Served from the untouched shell: every snapshot is taken before any page is written.
  const server = await serveStatic(site, base)
  const browser = await launchChromium()
  const snapshots: Snapshot[] = []
  const revealed = new Map<number, Snapshot>()
  const darkRules = new Set<string>()
  try {
    await renderShareImage(browser, server.url, join(site, SHARE_IMAGE.file))
    const page = await browser.newPage({ viewport: SLIDE_VIEWPORT, colorScheme: 'light' })
    const withSteps: number[] = []
    for (let no = 1; no <= count; no++) {
      snapshots.push(await snapshotSlide(page, server.url, no))
      for (const rule of await page.evaluate(darkSchemeRules))
        darkRules.add(rule)
      if (await hasHiddenSteps(page, no))
        withSteps.push(no)
    }
    // Then each slide with steps, all shown: every move is to another slide (showSlide).
    for (const no of withSteps)
      revealed.set(no, await snapshotSlide(page, server.url, no, true))
  }
  finally {
    await browser.close()
    await server.close()
  }
  const reading = snapshots.map((snapshot, i) => revealed.get(i + 1) ?? snapshot)
  const dark = `@media (prefers-color-scheme: dark){${[...darkRules].join('')}}`
  const redirect = (await readFile(new URL('./reading-redirect.js', import.meta.url), 'utf8')).replace(/^\/\/.*\n/gm, '')
  const pages = new Map(snapshots.map((snapshot, i) => [i + 1, routePage(shell, snapshot, i + 1, count, dark, base, redirect)]))
  // Every page carries the share card; a page's own address only where the site's is known.
  const description = unescapeXml(/<meta name="description" content="([^"]*)">/.exec(shell)?.[1] ?? '')
  const card = (path?: string) => ({
    title: unescapeXml(deckTitle),
    description,
    image: `${address ?? base}${SHARE_IMAGE.file}`,
    url: address && path !== undefined ? `${address}${path}` : undefined,
  })
  await fallBackToTheApp(site, base)
  await writeFile(join(site, '404.html'), withShareTags(await readFile(join(site, '404.html'), 'utf8'), card()))
  for (const route of routes) {
    await mkdir(join(site, route.path), { recursive: true })
    await writeFile(join(site, route.path, 'index.html'), withShareTags(pages.get(route.no)!, card(route.path)))
  }
  await mkdir(join(site, READING_PATH), { recursive: true })
  await writeFile(join(site, READING_PATH, 'index.html'), withShareTags(readingPage(shell, reading, deckTitle, dark, base), card(READING_PATH)))
}
