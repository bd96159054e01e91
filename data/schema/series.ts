import { z } from 'zod'
import { parsePeriod, PERIOD_FORMS } from '../period'
import { confidences, idSchema, shortText, sourcesSchema, text } from './common'

// Dated figures: each point with its period, value or range, unit, sources and confidence.

// What a series point is: measured or reported (the default), or a rate agreed but not
// in force, a proposal, something scheduled by law or plan, or a forecast.
export const pointStatuses = ['reported', 'agreed', 'proposed', 'scheduled', 'forecast'] as const

export const seriesPointSchema = z.object({
  period: z.string().refine(p => !!parsePeriod(p), `must be a period: ${PERIOD_FORMS}`),
  // One value, or a range (low–high) where the sources disagree.
  value: z.number().finite().optional(),
  low: z.number().finite().optional(),
  high: z.number().finite().optional(),
  unit: text,
  // Left out for 'reported'.
  status: z.enum(pointStatuses).optional(),
  // What the figure is when the series title does not say it all ("first 11 days").
  note: shortText(90, 'a point note must be short').optional(),
  sources: sourcesSchema,
  confidence: z.enum(confidences),
}).strict().superRefine((p, ctx) => {
  const range = p.low !== undefined || p.high !== undefined
  if (p.value === undefined && !range)
    ctx.addIssue({ code: 'custom', path: ['value'], message: 'needs a value, or a range (low and high)' })
  else if (p.value !== undefined && range)
    ctx.addIssue({ code: 'custom', path: ['value'], message: 'give a value or a range (low and high), not both' })
  else if (range && (p.low === undefined || p.high === undefined))
    ctx.addIssue({ code: 'custom', path: [p.low === undefined ? 'low' : 'high'], message: 'a range needs both low and high' })
  else if (range && p.low! > p.high!)
    ctx.addIssue({ code: 'custom', path: ['low'], message: `is above high (${p.low} > ${p.high})` })
})

export const seriesSchema = z.object({
  id: idSchema,
  title: text,
  // How the deck made from the data draws it: a line through dated figures (the default),
  // steps for a rate that holds until the next replaces it, or bars for a few totals.
  chart: z.enum(['line', 'steps', 'bars']).optional(),
  points: z.array(seriesPointSchema).min(1),
}).strict().superRefine((s, ctx) => {
  s.points.forEach((p, i) => {
    if (i > 0 && p.unit !== s.points[0].unit)
      ctx.addIssue({ code: 'custom', path: ['points', i, 'unit'], message: `is "${p.unit}" but the series is in "${s.points[0].unit}"; one unit per series` })
    const [before, now] = [parsePeriod(s.points[i - 1]?.period ?? ''), parsePeriod(p.period)]
    if (before && now && now.start <= before.start)
      ctx.addIssue({ code: 'custom', path: ['points', i, 'period'], message: `does not come after the point before it (${s.points[i - 1].period}); keep points in time order` })
  })
})
