import { z } from 'zod'
import { idSchema, shortText, text } from './common'

// What the article's own account is drawn as: a row of reported steps (bars), and
// diagrams, each of one kind, with the title that opens its caption and text alternative.

export const stepSchema = z.object({
  id: idSchema,
  section: idSchema,
  value: z.number().finite().nonnegative(),
  when: text,
  label: text,
}).strict()

export const stepsSchema = z.object({
  // The figure's caption, as the reader needs it: what the bars measure, and by whose account.
  title: shortText(90, 'a steps title must fit a caption line'),
  unit: shortText(12, 'a unit must be short'),
  items: z.array(stepSchema).min(1),
}).strict()

export const actorSchema = z.object({
  id: idSchema,
  name: text,
}).strict()

export const flowSchema = z.object({
  id: idSchema,
  from: idSchema,
  to: idSchema,
  label: shortText(40, 'a flow label must fit an arrow'),
  section: idSchema,
}).strict()

export const milestoneSchema = z.object({
  id: idSchema,
  when: text,
  label: shortText(60, 'a milestone label must fit a diagram node'),
  section: idSchema,
}).strict()

export const areaSchema = z.object({
  id: idSchema,
  label: text,
  // Labelled points that belong to this area, in display order.
  points: z.array(idSchema).min(1),
}).strict()

const diagramBase = {
  id: idSchema,
  // Opens the caption and the text alternative: what the drawing shows.
  title: shortText(80, 'a diagram title must fit a caption line'),
}

/** Dated steps in the article's order, joined by plain lines (order in time, not cause). */
export const sequenceDiagramSchema = z.object({ ...diagramBase, kind: z.literal('sequence'), steps: z.array(milestoneSchema).min(2) }).strict()
/** Who sends what to whom: actors, and labelled flows between them. */
export const actorsDiagramSchema = z.object({ ...diagramBase, kind: z.literal('actors'), actors: z.array(actorSchema).min(2), flows: z.array(flowSchema).min(1) }).strict()
/** A hub and the areas under it, each area's labelled points stacked inside it. */
export const areasDiagramSchema = z.object({ ...diagramBase, kind: z.literal('areas'), hub: text, areas: z.array(areaSchema).min(1) }).strict()

export const diagramSchema = z.discriminatedUnion('kind', [sequenceDiagramSchema, actorsDiagramSchema, areasDiagramSchema])
export const diagramKinds = ['sequence', 'actors', 'areas'] as const
