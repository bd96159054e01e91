import type { Browser } from 'playwright-core'
import type { DeckPlace } from '../lib/decks'
import type { ExportOptions, Output } from '../lib/options'
import type { DocumentInfo } from '../lib/pdf'
import type { VariantRun } from './run'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { OUTPUT_MAKERS } from '.'
import { freshnessLine } from '../../data'
import { launchChromium } from '../lib/browse'
import { loadSlides } from '../lib/deck'
import { deckArticle, writeEntry } from '../lib/decks'
import { handoutFooter } from '../lib/handout-page'
import { OUTPUTS } from '../lib/options'
import { documentInfo } from '../lib/pdf'
import { serveStatic } from '../offline/serve.mjs'

/** Every output of one variant of a deck asked for, into options.outDir; returns what it wrote. */
export async function exportVariant(deck: DeckPlace, variant: string, options: ExportOptions, chromium: string): Promise<string[]> {
  const wants = (o: Output) => options.only.includes(o)
  const article = await deckArticle(deck)
  const entry = await writeEntry(deck, variant)
  const slides = await loadSlides(entry)
  const info = documentInfo(slides[0].frontmatter)
  const scratch = await mkdtemp(join(tmpdir(), 'deck-export-'))
  // One browser and one local server for the variant, started by the first output that needs them.
  let browser: Promise<Browser> | undefined
  let server: ReturnType<typeof serveStatic> | undefined
  const run: VariantRun = {
    deck,
    variant,
    article,
    entry,
    slides,
    options,
    outDir: options.outDir,
    scratch,
    fileName: `${deck.id}-${variant}`,
    info,
    titled: (what: string): DocumentInfo => ({ ...info, title: `${what}: ${info.title}` }),
    // Every printed document's footer: the deck's title (shorter than a source's may be), how fresh its context is, the page.
    footer: handoutFooter(article.deck.title, freshnessLine(article.meta)),
    siteUrl: options.origin && `${options.origin}${options.base}`,
    chromium,
    site: wants('site') ? join(options.outDir, 'site') : join(scratch, 'site'),
    browser: () => browser ??= launchChromium(),
    served: async () => (await (server ??= serveStatic(run.site, options.base))).url,
    wants,
  }
  const written: string[] = []
  try {
    // Every output but the PPTX starts from the built site.
    const needed = (o: Output) => o === 'site' ? options.only.some(x => x !== 'pptx') : wants(o)
    for (const output of OUTPUTS.filter(needed))
      written.push(...await OUTPUT_MAKERS[output](run))
  }
  finally {
    await (await browser)?.close()
    await (await server)?.close()
    await rm(scratch, { recursive: true, force: true })
  }
  return written
}
