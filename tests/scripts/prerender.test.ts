import type { Snapshot } from '../../scripts/lib/route-page'
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { readingPage, routePage, slideRoutes } from '../../scripts/lib/route-page'
import { addTouchNav } from '../../vite/index-html'

const SHELL = addTouchNav(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Deck</title>
<link rel="icon" href="./favicon.svg">
  <script type="module" crossorigin src="/deck/assets/index-A.js"></script>
  <link rel="modulepreload" crossorigin href="/deck/assets/slides-C.js">
  <link rel="stylesheet" crossorigin href="/deck/assets/style-D.css">
</head>
<body>
  <div id="app"><div class="deck-loading"><p>Loading…</p><p class="stuck">Nothing yet?</p></div></div>
</body>
</html>`)

function snapshot(title: string, heading: string): Snapshot {
  return {
    title,
    html: `<div id="page-root"><div class="slidev-page"><h1>${heading}</h1></div></div>`,
    slide: `<div class="slidev-page"><h1>${heading}</h1></div>`,
  }
}
const DARK = '@media (prefers-color-scheme: dark){}'
const REDIRECT = 'window.toReading()'

describe('slide routes', () => {
  it('are / for the first slide, N/ for each, and each named route', () => {
    expect(slideRoutes(3, { 2: 'checks-1', 3: undefined })).toEqual([
      { path: '', no: 1 },
      { path: '1/', no: 1 },
      { path: '2/', no: 2 },
      { path: '3/', no: 3 },
      { path: 'checks-1/', no: 2 },
    ])
  })
})

describe('a slide\'s page', () => {
  const page = routePage(SHELL, snapshot('Tariffs & <trade>', 'Tariffs'), 4, 38, DARK, '/deck/', REDIRECT)

  it('draws its slide after the app, which the app replaces', () => {
    expect(page).toMatch(/<div id="app">.*<\/div><\/div>[\s\S]*<div id="prerendered"><div id="page-root"><div class="slidev-page"><h1>Tariffs<\/h1>/s)
  })

  it('is titled after its slide, escaped', () => {
    expect(page).toContain('<title>Tariffs &amp; &lt;trade&gt;</title>')
  })

  it('leaves the app to deck-boot.js: no module script or preload of its own, the modules named in a meta tag', () => {
    expect(page).not.toContain('<script type="module" crossorigin')
    expect(page).not.toContain('modulepreload')
    expect(page).toContain('<meta name="deck-app" content="/deck/assets/index-A.js /deck/assets/slides-C.js">')
    expect(page).toContain('<script type="module" src="/deck/deck-boot.js"></script>')
    expect(page).toContain('<link rel="stylesheet" crossorigin href="/deck/assets/style-D.css">')
  })

  it('finds what sits beside the app\'s page at the base, one folder up', () => {
    expect(page).toContain('<link rel="icon" href="/deck/favicon.svg">')
  })

  it('links its touch controls to the slides either side and to its section of the reading page', () => {
    expect(page).toContain('class="deck-touch-prev" href="/deck/3/"')
    expect(page).toContain('class="deck-touch-next" href="/deck/5/"')
    expect(page).toContain('class="deck-touch-read" href="/deck/read/#slide-4"')
    const first = routePage(SHELL, snapshot('t', 'h'), 1, 38, DARK, '/deck/', REDIRECT)
    expect(first).toContain('class="deck-touch-prev" hidden')
    expect(first).toContain('class="deck-touch-next" href="/deck/2/"')
    expect(routePage(SHELL, snapshot('t', 'h'), 2, 38, DARK, '/deck/', REDIRECT)).toContain('class="deck-touch-prev" href="/deck/"')
    expect(routePage(SHELL, snapshot('t', 'h'), 38, 38, DARK, '/deck/', REDIRECT)).toContain('class="deck-touch-next" hidden')
  })

  it('before it fetches anything (once the viewport is set), sends a phone held upright to its section of the reading page, by a script its policy names by hash', () => {
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*">\n<meta name="viewport"[^>]*>\n<meta name="deck-reading" content="\/deck\/read\/#slide-4">\n<script>window.toReading\(\)<\/script>/)
    const hash = createHash('sha256').update(REDIRECT).digest('base64')
    expect(page).toContain(`script-src 'self' 'sha256-${hash}'`)
  })

  it('carries the dark-scheme rules for the drawn slide', () => {
    expect(page).toContain(`<style>${DARK}</style>`)
  })

  it('stops with a clear error when the page it starts from has changed shape', () => {
    expect(() => routePage(SHELL.replace(/<script[^>]*><\/script>/, ''), snapshot('t', 'h'), 1, 2, '', '/', REDIRECT)).toThrow(/module script/)
    expect(() => routePage(SHELL.replace('deck-loading', 'other'), snapshot('t', 'h'), 1, 2, '', '/', REDIRECT)).toThrow(/loading note/)
  })
})

describe('the reading page', () => {
  const page = readingPage(SHELL, [snapshot('One', 'First <slide>'), snapshot('Two', 'Second')], 'India & Russia', DARK, '/deck/')

  it('has every slide in turn, each a section its slide\'s address can jump to', () => {
    expect(Array.from(page.matchAll(/<section class="reading-section" id="slide-(\d)" data-slides-link="([^"]+)">/g), m => [m[1], m[2]])).toEqual([['1', '/deck/?slides'], ['2', '/deck/2/?slides']])
    expect(page.indexOf('First <slide>')).toBeLessThan(page.indexOf('Second'))
  })

  it('is marked for the reading styles, titled after the deck, with a switch to the slides', () => {
    expect(page).toContain('<html lang="en" class="reading">')
    expect(page).toContain('<title>India &amp; Russia</title>')
    expect(page).toContain('<a class="reading-switch" href="/deck/?slides">Show as slides</a>')
  })

  it('runs no app and has no slide controls: deck-boot.js only points the switch at the slide being read', () => {
    expect(page).not.toContain('id="app"')
    expect(page).not.toContain('deck-app')
    expect(page).not.toContain('deck-touch')
    expect(page).toContain('<script type="module" src="/deck/deck-boot.js"></script>')
  })
})
