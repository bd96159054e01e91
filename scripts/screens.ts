// npm run screens -- --deck <deck> [--variant <variant>]: a PNG of every slide as the
// audience sees it, plus one contact sheet, for people to review, in
// output/<deck>/<variant>/screens/. Builds the site first unless --no-build is given.
import { rm } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { launchChromium } from './lib/browse'
import { buildSite } from './lib/build'
import { captureSlides } from './lib/capture'
import { contactSheet } from './lib/contact-sheet'
import { loadSlides, ROOT } from './lib/deck'
import { deckArticle, deckNamed, decksIn, writeEntry } from './lib/decks'
import { serveStatic } from './offline/serve.mjs'

const { values } = parseArgs({ options: { 'deck': { type: 'string' }, 'variant': { type: 'string' }, 'no-build': { type: 'boolean', default: false }, 'out': { type: 'string', default: 'output' } } })
const deck = values.deck ? deckNamed(values.deck) : decksIn()[0]
const variant = values.variant ?? (await deckArticle(deck)).deck.variants[0].id
const out = join(ROOT, values.out!, deck.id, variant)
// Where `npm run export` puts the variant's site, built for its default sub-path.
const site = join(out, 'site')
const BASE = `/${deck.id}/${variant}/`
const screens = join(out, 'screens')

if (!values['no-build']) {
  console.log('▸ Building the site…')
  await buildSite({ out: site, base: BASE, withNotes: false, deck, variant })
}
const count = (await loadSlides(await writeEntry(deck, variant))).length
const server = await serveStatic(site, BASE)
const browser = await launchChromium()
try {
  await rm(screens, { recursive: true, force: true })
  const captured = await captureSlides(browser, server.url, count, screens)
  await contactSheet(browser, captured.map(c => c.png), join(screens, 'contact-sheet.png'))
  console.log(`✓ ${count} slides and a contact sheet in ${relative(ROOT, screens)}/`)
}
finally {
  await browser.close()
  await server.close()
}
