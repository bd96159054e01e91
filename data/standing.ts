import type { ContextEvent } from './schema'

// How firm a reported thing is, in the words every view of it uses: a key point's
// citation, the timeline's cards and their text alternatives, the briefing's dated events
// on the slide and in the note.

type Confidence = ContextEvent['confidence']
type Status = NonNullable<ContextEvent['status']>

/** How an event is marked, in words and in style: what the record does not firmly establish. */
export type EventMark = 'firm' | Exclude<Confidence, 'multi-source'> | Status

const SOURCES: Record<Confidence, string> = { 'multi-source': 'several sources', 'single-source': 'one source', 'contested': 'contested' }
const UNSEEN: Record<Status, string> = { planned: 'planned, not yet seen to happen', scheduled: 'scheduled, outcome not in the record' }

/** "one source" or "contested": what a reader must know of a thing's reporting; nothing when several sources agree. */
export function confidenceWords(confidence: Confidence): string | undefined {
  return confidence === 'multi-source' ? undefined : SOURCES[confidence]
}

/** A planned or scheduled event is marked so whatever its sources: none can have seen it happen yet. */
export function eventMark(e: Pick<ContextEvent, 'status' | 'confidence'>): EventMark {
  return e.status ?? (e.confidence === 'multi-source' ? 'firm' : e.confidence)
}

/** An event's mark in a word or two, for where room is short; nothing for a firm event. */
export function eventMarkWords(e: Pick<ContextEvent, 'status' | 'confidence'>): string | undefined {
  return e.status ?? confidenceWords(e.confidence)
}

/**
 * What a reader must know about how firm a dated event is, in a word or two: "planned" or
 * "scheduled" (in the past tense once its date has passed `checkedOn` unseen), else
 * "contested" or "one source"; nothing for an event several sources report.
 */
export function eventStanding(e: Pick<ContextEvent, 'date' | 'status' | 'confidence'>, checkedOn: string): string | undefined {
  const words = eventMarkWords(e)
  return e.status && e.date < checkedOn ? `was ${words}` : words
}

/** For a reader who sees no mark (a screen reader's list): the status spelled out, then the sources, always. */
export function eventStandingInFull(e: Pick<ContextEvent, 'status' | 'confidence'>): string {
  return [e.status && UNSEEN[e.status], SOURCES[e.confidence]].filter(Boolean).join(', ')
}
