import { describe, expect, it } from 'vitest'
import { routePage, slideRoutes } from '../../scripts/lib/prerender'

const SHELL = `<!DOCTYPE html>
<html lang="en">
<head>
<title>Deck</title>
<link rel="icon" href="./favicon.svg">
  <script type="module" crossorigin src="/deck/assets/index-A.js"></script>
  <link rel="modulepreload" crossorigin href="/deck/assets/rolldown-runtime-B.js">
  <link rel="modulepreload" crossorigin href="/deck/assets/slides-C.js">
  <link rel="stylesheet" crossorigin href="/deck/assets/style-D.css">
</head>
<body>
  <div id="app"><div class="deck-loading"><p>Loading…</p><p class="stuck">Nothing yet?</p></div></div>
</body>
</html>`

describe('slide routes', () => {
  it('are / for the first slide, N/ for each after it, and each named route', () => {
    expect(slideRoutes(3, { 2: 'checks-1', 3: undefined })).toEqual([
      { path: '', no: 1 },
      { path: '2/', no: 2 },
      { path: '3/', no: 3 },
      { path: 'checks-1/', no: 2 },
    ])
  })
})

describe('a route\'s page', () => {
  const page = routePage(SHELL, { title: 'Tariffs & <trade>', html: '<div id="page-root"><h1>Tariffs</h1></div>' }, 4, '@media (prefers-color-scheme: dark){}', '/deck/')

  it('draws its slide after the app, which the app replaces', () => {
    expect(page).toMatch(/<div id="app">.*<\/div><\/div>\s*<div id="prerendered" data-slide="4"><div id="page-root"><h1>Tariffs<\/h1><\/div><\/div>/s)
  })

  it('is titled after its slide, escaped', () => {
    expect(page).toContain('<title>Tariffs &amp; &lt;trade&gt;</title>')
  })

  it('leaves the app to deck-boot.js: no module script or preload of its own, the modules named in a meta tag', () => {
    expect(page).not.toContain('<script type="module" crossorigin')
    expect(page).not.toContain('modulepreload')
    expect(page).toContain('<meta name="deck-app" content="/deck/assets/index-A.js /deck/assets/rolldown-runtime-B.js /deck/assets/slides-C.js">')
    expect(page).toContain('<script type="module" src="/deck/deck-boot.js"></script>')
    expect(page).toContain('<link rel="stylesheet" crossorigin href="/deck/assets/style-D.css">')
  })

  it('finds what sits beside the app\'s page at the base, one folder up', () => {
    expect(page).toContain('<link rel="icon" href="/deck/favicon.svg">')
  })

  it('carries the dark-scheme rules for the drawn slide', () => {
    expect(page).toContain('<style>@media (prefers-color-scheme: dark){}</style>')
  })

  it('stops with a clear error when the page it starts from has changed shape', () => {
    expect(() => routePage(SHELL.replace(/<script[^>]*><\/script>/, ''), { title: 't', html: '' }, 1, '', '/')).toThrow(/module script/)
    expect(() => routePage(SHELL.replace('deck-loading', 'other'), { title: 't', html: '' }, 1, '', '/')).toThrow(/loading note/)
  })
})
