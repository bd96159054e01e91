import type { Line } from './step-chart'
import { round } from './geometry'
import { textWidth, wrapText } from './text-metrics'

// The step chart's text as it is drawn: its size, the box a label of some lines takes, and
// the narrower forms a label can take where its widest does not fit. Placement keeps these
// boxes clear of each other, so they hold the text as the browser measures it.

/** Drawn size of every label and tick: legible from the back of a room (the browser floor is 14 px). */
export const FONT_SIZE = 16
// A text's box as the browser measures it: the wider of the deck's two fonts' ascent and
// descent (Source Sans 3: 1.024 and 0.4 em; Arial: 0.905 and 0.212), lines 1.25 em apart.
export const ASCENT = 1.03
const DESCENT = 0.41
export const LINE = 1.25
/** Label to the thing it names: clear of a mark's radius and of the room kept around it. */
export const GAP = 8

/** A label's line before it is placed: `lead`, in bold, comes before `text`. */
export type Text = Omit<Line, 'y'>

export const textHeight = (lines: number) => round(((lines - 1) * LINE + ASCENT + DESCENT) * FONT_SIZE)
export const plain = (text: string): Text => ({ lead: '', text })
export const widest = (lines: readonly Text[]) => Math.max(...lines.map(l => textWidth(l.lead, FONT_SIZE, 700) + textWidth(l.text, FONT_SIZE, 400)))
/** Forms of one label, widest first, each once (a narrower form has more lines). */
const distinct = (forms: Text[][]) => forms.filter((lines, i) => i === 0 || lines.length !== forms[i - 1].length)
/** A label as given, then with its lines after the first broken into their clauses. */
export const byClause = (lines: Text[]) => distinct([lines, lines.flatMap((l, i) => i === 0 ? [l] : l.text.split(/(?<=,) /).map(plain))])
/** A text wrapped ever narrower; `tail` (a date) stays whole on a line of its own. */
export function narrowing(text: string, width: number, tail?: string) {
  return distinct([width, width * 0.7, width * 0.5]
    .map(w => [...wrapText(text, w, FONT_SIZE, 400), ...(tail ? [tail] : [])].map(plain)))
}
