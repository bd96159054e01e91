// How wide a line of text is, without a browser: charts, the timeline and diagrams are laid
// out in Node (tests, build) and must wrap and place their labels before anything measures
// them. A line is as wide as the wider of the deck's two fonts makes it: Source Sans 3 on
// screen and in the PDF, Arial where it is missing (the PPTX draws its pictures without the
// deck's font, scripts/lib/pptx-font.ts), and a label must fit there too. Kerning only
// narrows a line, so the estimate errs wide; the browser suite checks that drawn labels
// stay in their boxes and never collide.

export type Weight = 400 | 700

/**
 * Source Sans 3's advance widths (the @fontsource latin subset the deck ships), in
 * thousandths of an em, measured once in Chromium with canvas measureText.
 */
const SOURCE_SANS_CHARS = '0123456789 !"#$%&\'()*+,-./:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~’‘“”–—·…×→▾'
const SOURCE_SANS_WIDTHS = {
  400: [497, 497, 497, 497, 497, 497, 497, 497, 497, 497, 200, 289, 426, 497, 497, 824, 609, 249, 303, 303, 418, 497, 249, 311, 249, 350, 249, 249, 497, 497, 497, 425, 847, 543, 588, 571, 615, 527, 494, 617, 652, 263, 479, 579, 486, 727, 647, 664, 566, 664, 569, 534, 536, 645, 515, 786, 513, 476, 539, 303, 350, 303, 497, 500, 542, 504, 553, 456, 555, 496, 292, 504, 544, 246, 247, 495, 255, 829, 547, 542, 555, 555, 347, 419, 338, 544, 467, 719, 446, 467, 425, 303, 241, 303, 497, 249, 249, 426, 426, 480, 800, 249, 948, 497, 1000, 502],
  700: [528, 528, 528, 528, 528, 528, 528, 528, 528, 528, 200, 340, 537, 528, 528, 857, 667, 300, 344, 344, 457, 528, 300, 332, 300, 339, 300, 300, 528, 528, 528, 463, 902, 573, 605, 582, 635, 548, 524, 638, 674, 301, 509, 614, 518, 762, 665, 684, 596, 684, 613, 556, 556, 665, 556, 813, 567, 525, 541, 344, 339, 344, 528, 500, 555, 527, 573, 468, 573, 518, 341, 534, 571, 276, 278, 548, 286, 857, 572, 555, 573, 573, 398, 443, 383, 568, 523, 776, 514, 521, 460, 344, 268, 344, 528, 300, 300, 537, 537, 480, 800, 300, 978, 528, 1000, 502],
} as const
const sourceSans = Object.fromEntries(Object.entries(SOURCE_SANS_WIDTHS).map(([weight, widths]) =>
  [weight, new Map(Array.from(SOURCE_SANS_CHARS, (ch, i) => [ch, widths[i]]))])) as Record<Weight, Map<string, number>>

/**
 * Arial's advance widths in thousandths of an em, read from the hmtx table of Liberation
 * Sans (its metric twin): printable ASCII (U+0020 to U+007E), then the typographic
 * punctuation the deck's text uses.
 */
const ARIAL: Record<Weight, { ascii: readonly number[], punctuation: Readonly<Record<string, number>> }> = {
  400: {
    ascii: [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584],
    punctuation: { '–': 556, '—': 1000, '‘': 222, '’': 222, '“': 333, '”': 333, '…': 1000, '•': 350, '·': 333, '×': 584, '€': 556, '£': 556 },
  },
  700: {
    ascii: [278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584],
    punctuation: { '–': 556, '—': 1000, '‘': 278, '’': 278, '“': 500, '”': 500, '…': 1000, '•': 350, '·': 333, '×': 584, '€': 556, '£': 556 },
  },
}

/**
 * A character outside the table comes from some other font whose width we do not know
 * (Arabic, Hebrew, CJK…): count it as a full em, wider than any Latin glyph, so a label
 * wraps early rather than collides.
 */
const UNKNOWN = 1000

function arialAdvance(ch: string, weight: Weight): number {
  const code = ch.codePointAt(0)!
  if (code >= 0x20 && code < 0x7F)
    return ARIAL[weight].ascii[code - 0x20]
  if (ARIAL[weight].punctuation[ch] !== undefined)
    return ARIAL[weight].punctuation[ch]
  // An accented Latin letter is as wide as its base letter (é as e), a no-break space as a space.
  const base = ch.normalize('NFKD')[0]
  return base !== ch && base.codePointAt(0)! < 0x7F ? arialAdvance(base, weight) : UNKNOWN
}

/** The estimated width in px of `text` set at `size` px: the wider of the two fonts. */
export function textWidth(text: string, size: number, weight: Weight = 400): number {
  let arial = 0
  let source = 0
  for (const ch of text) {
    arial += arialAdvance(ch, weight)
    source += sourceSans[weight].get(ch) ?? arialAdvance(ch, weight)
  }
  return Math.max(arial, source) * size / 1000
}

/**
 * `text` broken into lines no wider than `width`, at spaces; a word wider than a line
 * (a long name, a URL) is cut between characters, with nothing added, so the drawn
 * letters still spell the label. `indent` is room taken at the start of the first line
 * (a bold date before the text); a first word that does not fit beside it starts an
 * empty first line.
 */
export function wrapText(text: string, width: number, size: number, weight: Weight = 400, indent = 0): string[] {
  const room = (lines: readonly string[]) => lines.length ? width : width - indent
  const lines: string[] = []
  let line = ''
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    const joined = line ? `${line} ${word}` : word
    if (textWidth(joined, size, weight) <= room(lines)) {
      line = joined
      continue
    }
    if (line || (indent && !lines.length))
      lines.push(line)
    line = ''
    for (const ch of word) {
      if (line && textWidth(line + ch, size, weight) > room(lines)) {
        lines.push(line)
        line = ''
      }
      line += ch
    }
  }
  return line ? [...lines, line] : lines
}
