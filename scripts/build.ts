// npm run build [-- --deck <deck>] [--variant <variant>]: each variant of each deck (or the
// one named) with notes and the presenter view, into dist/<deck>/<variant>/, each slide
// drawn into its route as the export's site is, for hosting under $DECK_BASE (or /) at
// <base><deck>/<variant>/; with every deck, the landing page at dist/index.html.
// `npm run export` makes the checked public sites without notes.
import { copyFile, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { writeAtomically } from './lib/atomic'
import { buildSite } from './lib/build'
import { ROOT } from './lib/deck'
import { deckArticle, deckNamed, decksIn, variantNamed } from './lib/decks'
import { landingPageHtml } from './lib/landing-page'
import { normaliseBase, parseHostedUrl } from './lib/options'

try {
  const { values } = parseArgs({ options: { deck: { type: 'string' }, variant: { type: 'string' } } })
  // DECK_URL (https://example.org/decks/) gives the hosted address, and with it the QR
  // codes and canonical addresses; DECK_BASE the path alone.
  const hosted = parseHostedUrl(process.env.DECK_URL)
  const base = normaliseBase(process.env.DECK_BASE ?? hosted?.base ?? '/')
  const decks = values.deck ? [deckNamed(values.deck)] : decksIn()
  for (const deck of decks) {
    const article = await deckArticle(deck)
    const variants = values.variant ? [variantNamed(article, values.variant)] : article.deck.variants
    for (const variant of variants) {
      const path = `${base}${deck.id}/${variant.id}/`
      const out = join(ROOT, 'dist', deck.id, variant.id)
      const url = hosted && `${hosted.origin}${path}`
      await writeAtomically(out, tmp => buildSite({ out: tmp, base: path, withNotes: true, deck, variant: variant.id, url }))
      console.log(`✓ ${relative(ROOT, out)}/: ${deck.id}, ${variant.id} variant with notes, for ${url ?? path}`)
    }
  }
  // Every deck built: the landing page at the base lists them.
  if (!values.deck && !values.variant) {
    await writeFile(join(ROOT, 'dist', 'index.html'), landingPageHtml(await Promise.all(decks.map(async d => ({ id: d.id, article: await deckArticle(d) }))), base))
    await copyFile(join(ROOT, 'public/favicon.svg'), join(ROOT, 'dist', 'favicon.svg'))
    console.log(`✓ dist/index.html: the landing page, listing ${decks.length} decks`)
  }
}
catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
