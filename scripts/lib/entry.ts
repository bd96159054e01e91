import type { Article, DeckVariant } from '../../data/schema'

// Slidev's entry for one variant of a deck: the headmatter, written from the deck's data
// and the engine's settings (so no deck repeats them), then the variant's slide list.
// The list is imported in two parts, its first slide under the headmatter and the rest
// on their own: Slidev gives every slide of an import the importing block's settings,
// and the headmatter on each of forty slides weighed 27 KiB in the built site.

/** What the variant is, for help texts and progress lines: "the 45-minute class lesson". */
export const variantWhat = (v: DeckVariant): string => `the ${v.minutes}-minute ${v.label}`

/** The entry file's name, at the project's root: Slidev takes its components, setup and styles from the entry's folder. */
export const entryName = (deck: string, variant: string): string => `.deck.${deck}.${variant}.md`

// Strings go into YAML as JSON strings, which YAML reads as they are: no value in the
// data can end the block or start a new key.
const yaml = (value: string): string => JSON.stringify(value)

/**
 * The entry's text: `list` is the path of the variant's slide list from the root
 * (./slides/<deck>/<variant>.md), whose paths stay relative to itself.
 */
export function entryMarkdown(article: Readonly<Article>, deckId: string, variant: DeckVariant, list: string): string {
  const { deck } = article
  return `---
# Written by the engine from data/${deckId}/ for its ${variant.id} variant; edit those, not this.
title: ${yaml(deck.title)}
# The page title is the deck's own, without Slidev's " - Slidev".
titleTemplate: '%s'
info: ${yaml(`A ${variant.minutes}-minute ${variant.label}: ${variant.about}`)}
author: ${yaml(deck.author)}
keywords: ${yaml(deck.keywords.join(', '))}
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
src: ${list}#1
---

---
src: ${list}#2-
---
`
}
