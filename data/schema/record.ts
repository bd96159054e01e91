import { z } from 'zod'
import { verdicts } from '../verdicts'
import { confidences, idSchema, isoDate, shortText, sourcesSchema, text } from './common'

// What the public record shows since the article: dated events, each on a timeline
// track, and checks of the article's claims against the record.

// An event the record expects but has not seen happen: a planned meeting, a statutory deadline.
export const eventStatuses = ['planned', 'scheduled'] as const

export const contextEventSchema = z.object({
  id: idSchema,
  date: isoDate,
  // One of the deck's timeline tracks (deck.tracks).
  track: idSchema,
  status: z.enum(eventStatuses).optional(),
  // A short form for the timeline.
  label: shortText(60, 'a context label must fit a timeline card'),
  text,
  sources: sourcesSchema,
  confidence: z.enum(confidences),
}).strict()

export const assessmentSchema = z.object({
  id: idSchema,
  point: idSchema,
  // A short name for the claim, unique among the checks: sources and lists name it.
  topic: shortText(40, 'a check topic must be short'),
  verdict: z.enum(verdicts),
  record: text,
  sources: sourcesSchema,
}).strict()

// A sentence short enough to read from the back of a room at a glance.
const wordsAtMost = (n: number) => (t: string) => t.split(/\s+/).filter(w => /[a-z]/i.test(w)).length <= n

// The briefing's own lines: the bottom line, one short sentence per heading, each resting
// on article sections, checks or events; then which events it shows as changes since
// publication and as open questions to watch.
export const bottomLineSchema = z.object({
  id: idSchema,
  label: shortText(16, 'a bottom-line label must be short'),
  text: text.refine(wordsAtMost(12), 'a bottom-line sentence must have 12 words at most'),
  sections: z.array(idSchema).optional(),
  checks: z.array(idSchema).optional(),
  events: z.array(idSchema).optional(),
}).strict().refine(b => !!(b.sections?.length || b.checks?.length || b.events?.length), { message: 'needs sections, checks or events to rest on', path: ['sections'] })

export const briefingSchema = z.object({
  inThree: z.array(z.object({ text, sections: z.array(idSchema).min(1, 'needs the article sections it rests on') }).strict()).length(3, 'the article in three sentences: exactly three'),
  bottomLine: z.array(bottomLineSchema).min(1).max(4, 'the bottom line has four lines at most'),
  changes: z.array(idSchema).min(1).max(5, 'a briefing shows five changes at most'),
  watch: z.array(idSchema).min(1).max(4, 'a briefing shows four things to watch at most'),
}).strict()
