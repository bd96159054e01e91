import type { ContextEvent, Series, Track } from '../data/schema'
import { formatDate } from '../data/format'
import { periodOf } from '../data/period'
import { eventMarkWords } from '../data/standing'
import { figureRows } from './series-chart'

/** What a screen reader gets instead of a drawing: a title, one sentence, then the content line by line. */
export interface TextAlternative {
  title: string
  summary: string
  lines: string[]
}

/** A chart of one series, told as its figures and the events marked on its axis: the picture's alt text in the PPTX. */
export function seriesAlternative(series: Readonly<Series>, events: readonly Pick<ContextEvent, 'date' | 'label' | 'status'>[] = []): TextAlternative {
  const rows = figureRows(series)
  return {
    title: series.title,
    summary: `${rows.length} figures in ${series.points[0].unit}, from ${periodOf(series.points[0].period).label} to ${periodOf(series.points.at(-1)!.period).label}.`,
    lines: [
      ...rows.map(r => `${r.period}: ${r.value}${r.note ? ` (${r.note})` : ''}, ${r.confidence}`),
      ...events.map(e => `Marked on the time axis: ${e.label}, ${formatDate(e.date)}${e.status ? ` (${e.status})` : ''}`),
    ],
  }
}

/** One slide of the timeline, told event by event. */
export function timelineAlternative(events: readonly ContextEvent[], tracks: readonly Track[], page: number, pages: number): TextAlternative {
  const heading = (id: string) => tracks.find(t => t.id === id)?.heading ?? id
  return {
    title: `What happened next (${page} of ${pages})`,
    summary: `${events.length} dated events from ${formatDate(events[0].date)} to ${formatDate(events.at(-1)!.date)}, by track; contested, single-source, planned and scheduled events are marked.`,
    lines: events.map(e => `${[formatDate(e.date), heading(e.track), eventMarkWords(e)].filter(Boolean).join(', ')}: ${e.label}`),
  }
}
