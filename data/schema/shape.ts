import { z } from 'zod'
import { faqSchema, listSchema, pointSchema, promptSchema, sourceSchema } from './article'
import { idSchema } from './common'
import { deckSchema, metaSchema } from './deck'
import { diagramSchema, stepsSchema } from './figures'
import { assessmentSchema, briefingSchema, contextEventSchema } from './record'
import { seriesSchema } from './series'

// A deck's data, field by field. Only the deck's title, the article (its source, sections
// and points) and the record's dates are required: every other part is optional, and a
// deck without it has no slide for it.
export const articleShape = z.object({
  deck: deckSchema,
  source: sourceSchema,
  points: z.array(pointSchema).min(1),
  lists: z.array(listSchema).default([]),
  // The article's own account as a row of bars (a rate that rose in steps, say).
  steps: stepsSchema.optional(),
  diagrams: z.array(diagramSchema).default([]),
  faq: z.array(faqSchema).default([]),
  context: z.array(contextEventSchema).default([]),
  assessments: z.array(assessmentSchema).default([]),
  prompts: z.array(promptSchema).default([]),
  series: z.array(seriesSchema).default([]),
  // The checks the class self-check asks the room to judge, in the order it asks.
  selfCheck: z.array(idSchema).default([]),
  briefing: briefingSchema.optional(),
  meta: metaSchema,
}).strict()

export type ArticleShape = z.infer<typeof articleShape>
