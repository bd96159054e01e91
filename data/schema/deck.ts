import { z } from 'zod'
import { idSchema, isoDate, shortText, text } from './common'

// The deck as a whole: what its pages are called, who made it, how it is given, and how
// fresh its record is. Only the title is required: the rest has defaults a new deck can grow out of.

// A timeline column: what kind of story an event belongs to, with the column's heading.
export const trackSchema = z.object({
  id: idSchema,
  heading: shortText(40, 'a track heading must fit beside the timeline'),
}).strict()

// A way of giving the talk: its slides are slides/<deck>/<id>.md, or the default deck.
export const variantSchema = z.object({
  id: idSchema,
  // What it is, after "a 45-minute": "class lesson", "briefing".
  label: shortText(30, 'a variant label must be short'),
  minutes: z.number().int().positive().max(240, 'a variant lasts 240 minutes at most'),
  // One sentence for the page's description and the share card, after "A 45-minute class lesson: ".
  about: text.optional(),
}).strict()

/** The variant a deck that declares none is given. */
export const DEFAULT_VARIANT = { id: 'talk', label: 'talk', minutes: 20 } as const

export const deckSchema = z.object({
  title: shortText(80, 'a deck title must fit the page title'),
  // The line above the title on the cover (default: "A close reading of a news article").
  kicker: shortText(60, 'a kicker must fit one line above the title').optional(),
  // Who made the deck, for the page's and the PDF's metadata (default: the article's outlet).
  author: text.optional(),
  keywords: z.array(text).optional(),
  // The timeline's columns, left to right; every context event names one.
  tracks: z.array(trackSchema).default([]),
  // How many slides what happened next spreads over (1 when left out); a page whose months
  // cannot hold their cards on one shared axis fails the build, asking for more.
  timelinePages: z.number().int().min(1).max(4, 'a timeline spreads over four slides at most').optional(),
  variants: z.array(variantSchema).min(1).default([{ ...DEFAULT_VARIANT }]),
}).strict()

export const metaSchema = z.object({
  // The day the context and the checks were last verified against their sources.
  verifiedOn: isoDate,
  // The date of the last event the record saw happen; planned events may come later.
  recordThrough: isoDate,
  // Where the sources searched run out (after the record, by the day it was verified at the
  // latest): the deck says so, and what was due later shows as scheduled, outcome unknown.
  sourcesEnd: isoDate.optional(),
}).strict()
