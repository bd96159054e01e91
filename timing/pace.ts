// The talk's time plan, from the minutes each slide gets in its variant (the `minutes:`
// of each block in a variant's slide list, slides/<deck>/<variant>.md), and how the speaker stands against it.

export interface SlideWindow {
  /** Seconds into the talk at which the slide's time starts and ends. */
  start: number
  end: number
}

export type PaceStatus = 'not started' | 'ahead' | 'on time' | 'behind'

export interface Pace {
  status: PaceStatus
  /** Seconds ahead or behind; on time, the seconds left of the slide's time; 0 before the timer starts. */
  by: number
}

/** Each slide's window, in slide order. Throws, naming the slide, when one has no minutes. */
export function timePlan(minutes: readonly unknown[]): SlideWindow[] {
  let at = 0
  return minutes.map((m, i) => {
    if (typeof m !== 'number' || !Number.isFinite(m) || m < 0)
      throw new Error(`Slide ${i + 1} needs its minutes in this variant (a number of minutes, 0 or more); it has ${JSON.stringify(m)}`)
    const window = { start: at, end: at + Math.round(m * 60) }
    at = window.end
    return window
  })
}

/**
 * Ahead when the speaker reached the slide before its time, behind once its time is over,
 * and on time in between, with what is left of it. `elapsed` is in whole seconds, as the
 * presenter timer shows it.
 */
export function paceAt(window: SlideWindow, elapsed: number | undefined): Pace {
  if (elapsed === undefined)
    return { status: 'not started', by: 0 }
  if (elapsed < window.start)
    return { status: 'ahead', by: window.start - elapsed }
  if (elapsed > window.end)
    return { status: 'behind', by: elapsed - window.end }
  return { status: 'on time', by: window.end - elapsed }
}

/** 75 → '1:15', 3600 → '60:00': minutes and seconds, as the presenter timer shows them. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

/** How a slide's time reads in the presenter view. */
export function describePace(window: SlideWindow, pace: Pace): { budget: string, planned: string, pace: string } {
  return {
    budget: `This slide ${clock(window.end - window.start)}`,
    planned: `Planned ${clock(window.start)}–${clock(window.end)}`,
    pace: pace.status === 'not started'
      ? 'Start the timer to see your pace'
      : pace.status === 'on time' ? `On time, ${clock(pace.by)} left` : `${clock(pace.by)} ${pace.status}`,
  }
}
