import { z } from 'zod'
import { confidences, httpsUrl, idSchema, isoDate, shortText, sourcesSchema, text } from './common'

// The article itself, in our own words: its sections, its points, the lists and the
// questions it gives.

export const sectionSchema = z.object({
  id: idSchema,
  heading: text,
  // Short label for agendas and footers, where the article's full heading is too long.
  short: text,
  // A standfirst or an introduction may have no heading in the article.
  untitled: z.boolean().optional(),
  // The heading is the deck's own words for a part the source gives no title (or whose
  // text was not at hand): citations give it without quotation marks.
  ownHeading: z.boolean().optional(),
}).strict()

export const sourceSchema = z.object({
  title: text,
  outlet: text,
  // What the source is, as slides name it: "the article" (the default), "the order", "the report".
  noun: shortText(20, 'a noun must be a word or two').optional(),
  published: text,
  // Why the date is approximate, shown where the full citation is.
  publishedNote: text.optional(),
  publishedMonth: isoDate,
  // Where a reader can follow the article (the address of the page the deck was made from).
  url: httpsUrl,
  sections: z.array(sectionSchema).min(1),
}).strict()

export const pointKinds = ['reported-fact', 'claim', 'forecast', 'opinion'] as const

export const pointSchema = z.object({
  id: idSchema,
  section: idSchema,
  kind: z.enum(pointKinds),
  text,
  // A list the article itself enumerates (a call's takeaways, a set of items...).
  list: idSchema.optional(),
  // A short phrase quoted verbatim from the article, shown in quotation marks.
  quote: shortText(80, 'a quote must be a short phrase').optional(),
  // A short title for cards and diagram nodes.
  label: shortText(40, 'a label must fit a diagram node').optional(),
  // Where the source's own text is not at hand, the reporting a point rests on, shown with it,
  // and how firm that reporting is (a point from one source says so).
  sources: sourcesSchema.optional(),
  confidence: z.enum(confidences).optional(),
}).strict().refine(p => !p.confidence === !p.sources, { message: 'give sources and confidence together, or neither', path: ['confidence'] })

export const listSchema = z.object({
  id: idSchema,
  section: idSchema,
  title: text,
}).strict()

export const faqSchema = z.object({
  id: idSchema,
  question: text,
  answer: text,
}).strict()

export const promptSchema = z.object({
  id: idSchema,
  section: idSchema,
  text: z.string().trim().min(1).refine(t => t.endsWith('?'), 'a discussion prompt must be a question (end with "?")'),
}).strict()
