// The deck's light colours (styles/deck.css, :root) for pages that cannot use its CSS
// variables: the printed documents (handouts, quiz sheet, briefing note), the landing page
// and the site's loading note. tests/styles/palette.test.ts holds the two to the same values.

/** Each named as its variable: `ink` is --deck-ink. */
export const PALETTE = {
  'ink': '#14213d',
  'muted': '#4a5568',
  'accent': '#1f4e8c',
  'accent-2': '#8a3b12',
  'rule': '#c9d2e0',
  'bg': '#fbfbf8',
} as const
