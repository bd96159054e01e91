// Advance widths of Source Sans 3 (the deck's font, @fontsource latin subset), in thousandths of
// an em, measured once in Chromium with canvas measureText. Layouts drawn as SVG wrap and place their
// labels with these before any browser runs; the browser suite checks the result (no overlap, no
// overflow). A character missing here counts as wide, so an estimate errs towards more room.
const CHARS = "0123456789 !\"#$%&'()*+,-./:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~’‘“”–—·…×→▾"
const WIDTHS = {
  400: [497, 497, 497, 497, 497, 497, 497, 497, 497, 497, 200, 289, 426, 497, 497, 824, 609, 249, 303, 303, 418, 497, 249, 311, 249, 350, 249, 249, 497, 497, 497, 425, 847, 543, 588, 571, 615, 527, 494, 617, 652, 263, 479, 579, 486, 727, 647, 664, 566, 664, 569, 534, 536, 645, 515, 786, 513, 476, 539, 303, 350, 303, 497, 500, 542, 504, 553, 456, 555, 496, 292, 504, 544, 246, 247, 495, 255, 829, 547, 542, 555, 555, 347, 419, 338, 544, 467, 719, 446, 467, 425, 303, 241, 303, 497, 249, 249, 426, 426, 480, 800, 249, 948, 497, 1000, 502],
  700: [528, 528, 528, 528, 528, 528, 528, 528, 528, 528, 200, 340, 537, 528, 528, 857, 667, 300, 344, 344, 457, 528, 300, 332, 300, 339, 300, 300, 528, 528, 528, 463, 902, 573, 605, 582, 635, 548, 524, 638, 674, 301, 509, 614, 518, 762, 665, 684, 596, 684, 613, 556, 556, 665, 556, 813, 567, 525, 541, 344, 339, 344, 528, 500, 555, 527, 573, 468, 573, 518, 341, 534, 571, 276, 278, 548, 286, 857, 572, 555, 573, 573, 398, 443, 383, 568, 523, 776, 514, 521, 460, 344, 268, 344, 528, 300, 300, 537, 537, 480, 800, 300, 978, 528, 1000, 502],
} as const
const UNKNOWN = 650

export type FontWeight = keyof typeof WIDTHS

const tables = Object.fromEntries(Object.entries(WIDTHS).map(([weight, widths]) =>
  [weight, new Map(Array.from(CHARS, (ch, i) => [ch, widths[i]]))])) as Record<FontWeight, Map<string, number>>

/** The width of `text` set in Source Sans 3 at `size` px. */
export function textWidth(text: string, size: number, weight: FontWeight = 400): number {
  let thousandths = 0
  for (const ch of text)
    thousandths += tables[weight].get(ch) ?? UNKNOWN
  return thousandths * size / 1000
}

/**
 * Breaks `text` into lines no wider than `width` px, at spaces; a word longer than a line stands
 * alone. `indent` is room taken at the start of the first line (a bold date before the text).
 */
export function wrapText(text: string, width: number, size: number, weight: FontWeight = 400, indent = 0): string[] {
  const lines: string[] = []
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1)
    if (last !== undefined && textWidth(`${last} ${word}`, size, weight) + (lines.length === 1 ? indent : 0) <= width)
      lines[lines.length - 1] = `${last} ${word}`
    else if (last === undefined && indent && textWidth(word, size, weight) + indent > width)
      lines.push('', word)
    else
      lines.push(word)
  }
  return lines
}
