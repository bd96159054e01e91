import type { z } from 'zod'
import type { actorSchema, areaSchema, diagramSchema, flowSchema, milestoneSchema, stepSchema } from './figures'
import { checkReferences } from './references'
import { articleShape } from './shape'

export * from './article'
export * from './common'
export * from './deck'
export * from './figures'
export * from './record'
export * from './series'

export const articleSchema = articleShape.superRefine(checkReferences)

export type Article = z.infer<typeof articleSchema>
/** A deck's data as its author writes it, before validation fills defaults. */
export type ArticleInput = z.input<typeof articleSchema>
export type Section = Article['source']['sections'][number]
export type Point = Article['points'][number]
export type ArticleList = Article['lists'][number]
export type Faq = Article['faq'][number]
export type ContextEvent = Article['context'][number]
export type Track = Article['deck']['tracks'][number]
export type DeckVariant = Article['deck']['variants'][number]
export type Assessment = Article['assessments'][number]
export type Prompt = Article['prompts'][number]
export type Series = Article['series'][number]
export type SeriesPoint = Series['points'][number]
export type BottomLine = NonNullable<Article['briefing']>['bottomLine'][number]
export type Steps = NonNullable<Article['steps']>
export type Step = z.infer<typeof stepSchema>
export type DiagramData = z.infer<typeof diagramSchema>
export type Actor = z.infer<typeof actorSchema>
export type Flow = z.infer<typeof flowSchema>
export type Milestone = z.infer<typeof milestoneSchema>
export type Area = z.infer<typeof areaSchema>
