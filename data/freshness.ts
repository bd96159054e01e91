import { formatDate } from './format'

export const DEFAULT_MAX_AGE_DAYS = 90

/** Whole days from one ISO date to another (UTC, so no time-zone drift). */
export function daysBetween(from: string, to: string): number {
  const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10) || '1'))
  return Math.round((day(to) - day(from)) / 86_400_000)
}

/** A warning when the record was last verified more than `maxAgeDays` before `today`. */
export function freshnessWarning(verifiedOn: string, today: string, maxAgeDays = DEFAULT_MAX_AGE_DAYS): string | null {
  const age = daysBetween(verifiedOn, today)
  if (age <= maxAgeDays)
    return null
  return `The context was last verified on ${formatDate(verifiedOn)}, ${age} days ago (limit: ${maxAgeDays}). `
    + 'Check the sources again, update the deck\'s context events and meta.verifiedOn, then rebuild.'
}

/** The limit from DECK_MAX_AGE_DAYS, else the default; a bad value is an error, not a silent default. */
export function maxAgeFromEnv(env: Record<string, string | undefined>): number {
  const raw = env.DECK_MAX_AGE_DAYS
  if (raw === undefined || raw === '')
    return DEFAULT_MAX_AGE_DAYS
  const days = Number(raw)
  if (!Number.isInteger(days) || days < 0)
    throw new Error(`DECK_MAX_AGE_DAYS must be a whole number of days, got "${raw}"`)
  return days
}

export const todayIso = (now = new Date()): string => now.toISOString().slice(0, 10)
