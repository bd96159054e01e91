import type { Article, DeckVariant } from '../../data/schema'

// Slidev's entry for one variant of a deck: the headmatter, written from the deck's data
// and the engine's settings (so no deck repeats them), then the variant's slides as
// blocks (slide-list.ts makes them): each its frontmatter's YAML lines and its content.
// The headmatter joins the first block, as Slidev reads it.

/** A slide, or an import of slides, in an entry: its frontmatter as YAML lines, then its Markdown. */
export interface Block { frontmatter: string, content: string }

/** What the variant is, for help texts and progress lines: "the 45-minute class lesson". */
export const variantWhat = (v: DeckVariant): string => `the ${v.minutes}-minute ${v.label}`

/** The entry file's name, at the project's root: Slidev takes its components, setup and styles from the entry's folder. */
export const entryName = (deck: string, variant: string): string => `.deck.${deck}.${variant}.md`

/**
 * A value as YAML: strings and lists as JSON, which YAML reads as they are, so no value
 * from the data can end the block or start a new key.
 */
export const yaml = (value: string | number | readonly string[]): string => JSON.stringify(value)

/** The frontmatter lines of a block, key by key. */
export function frontmatterLines(fields: Record<string, string | number | readonly string[]>): string {
  return Object.entries(fields).map(([key, value]) => `${key}: ${yaml(value)}\n`).join('')
}

export function entryMarkdown(article: Readonly<Article>, deckId: string, variant: DeckVariant, blocks: Block[]): string {
  const { deck, source } = article
  const [first, ...rest] = blocks
  return `---
# Written by the engine from data/${deckId}/ for its ${variant.id} variant; edit those, not this.
title: ${yaml(deck.title)}
# The page title is the deck's own, without Slidev's " - Slidev".
titleTemplate: '%s'
info: ${yaml(`A ${variant.minutes}-minute ${variant.label}: ${variant.about ?? `${source.outlet}'s article “${source.title}” (${source.published}).`}`)}
author: ${yaml(deck.author ?? `${source.outlet} (source article)`)}
keywords: ${yaml((deck.keywords ?? source.sections.map(s => s.short)).join(', '))}
theme: default
colorSchema: auto
htmlAttrs:
  lang: en
# Offline-safe: fonts are self-hosted (styles/index.ts), the favicon is local, nothing remote.
fonts:
  provider: none
  sans: Source Sans 3
  local: Source Sans 3
favicon: ./favicon.svg
remoteAssets: false
download: false
drawings:
  enabled: false
record: false
mdc: false
transition: none
# The presenter's timer bar runs to the variant's length.
duration: ${variant.minutes}min
exportFilename: ${yaml(`${deckId}-${variant.id}`)}
${first.frontmatter}---
${first.content}
${rest.map(b => `---\n${b.frontmatter}---\n${b.content}\n`).join('\n')}`
}
