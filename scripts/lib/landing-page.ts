import type { Article } from '../../data/schema'
import { createHash } from 'node:crypto'
import { freshnessLine } from '../../data/format'
import { PALETTE } from '../../styles/palette'
import { escapeXml as escape } from './markup'

// The hosted site's front page, at its base: each deck with its variants, their lengths
// and how far the record goes, linked to <base><deck>/<variant>/. Plain HTML written at
// export: nothing to run, no font to fetch, light enough for any phone.

export interface LandingDeck { id: string, article: Readonly<Article> }

const STYLE = `body{margin:0;font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans",Arial,sans-serif;color:${PALETTE.ink};background:${PALETTE.bg}}
main{max-width:44rem;margin:0 auto;padding:2rem 1.25rem 3rem}
h1{font-size:1.75rem;line-height:1.25;margin:0 0 .5rem}
.lede{color:${PALETTE.muted};margin:0 0 2rem}
article{border-top:1px solid ${PALETTE.rule};padding:1.25rem 0}
h2{font-size:1.3rem;line-height:1.3;margin:0 0 .25rem}
.source,.record{color:${PALETTE.muted};margin:.25rem 0}
ul{list-style:none;padding:0;margin:.75rem 0 0;display:flex;flex-wrap:wrap;gap:.75rem}
a{display:inline-block;padding:.55rem .9rem;border:2px solid ${PALETTE.accent};border-radius:.4rem;color:${PALETTE.accent};font-weight:700;text-decoration:none}
a:hover,a:focus-visible{background:${PALETTE.accent};color:#fff}
@media (prefers-color-scheme:dark){body{color:#e6e8ee;background:#14171f}.lede,.source,.record{color:#aab1c0}article{border-color:#384050}a{border-color:#8db4ef;color:#8db4ef}a:hover,a:focus-visible{background:#8db4ef;color:#14171f}}`

/** The page: `base` is where the site is hosted (its decks at <base><deck>/<variant>/). */
export function landingPageHtml(decks: readonly LandingDeck[], base: string): string {
  const items = decks.map(({ id, article: a }) => `<article>
<h2>${escape(a.deck.title)}</h2>
<p class="source">From ${escape(a.source.outlet)}, ${escape(a.source.published)}: <cite>${escape(a.source.title)}</cite></p>
<p class="record">${escape(freshnessLine(a.meta))}</p>
<ul>
${a.deck.variants.map(v => `<li><a href="${escape(`${base}${id}/${v.id}/`)}">${escape(`${v.minutes}-minute ${v.label}`)}</a></li>`).join('\n')}
</ul>
</article>`).join('\n')
  const hash = createHash('sha256').update(STYLE).digest('base64')
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${hash}'; img-src 'self'; base-uri 'none'; form-action 'none'">
<title>Slide decks</title>
<meta name="description" content="${escape(`${decks.length} slide deck${decks.length === 1 ? '' : 's'}, each on one article and what happened since.`)}">
<link rel="icon" href="${escape(base)}favicon.svg" type="image/svg+xml">
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Slide decks</h1>
<p class="lede">Each deck presents one text, an article or an official order, in its own words, with the public record since. Open a deck to present it, read it on a phone, or print it.</p>
${items}
</main>
</body>
</html>
`
}

/** Problems with a written landing page: every deck's title and every variant's link must be on it. */
export function checkLandingPage(html: string, decks: readonly LandingDeck[], base: string): string[] {
  return decks.flatMap(({ id, article: a }) => [
    ...html.includes(escape(a.deck.title)) ? [] : [`does not name the deck "${a.deck.title}"`],
    ...a.deck.variants.filter(v => !html.includes(`href="${escape(`${base}${id}/${v.id}/`)}"`)).map(v => `does not link ${base}${id}/${v.id}/`),
  ])
}
