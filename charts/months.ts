import { MONTH_NAMES, monthIndex } from '../data/format'

/** How a time axis names month `index`: with its year where the axis starts (`first`) and in January. */
export function monthTick(index: number, first: number): string {
  return `${MONTH_NAMES[index % 12]}${index % 12 === 0 || index === first ? ` ${Math.floor(index / 12)}` : ''}`
}

/** The labels of the months an axis names, in order: the first named carries its year, so the axis is dated from its start. */
export const monthTicks = (named: readonly number[]): string[] => named.map(index => monthTick(index, named[0]))

/** A date as a fractional month index, for placing it inside its month: a month-only date sits mid-month. */
export function monthPosition(iso: string): number {
  return monthIndex(iso) + (iso.length > 7 ? (Number(iso.slice(8, 10)) - 0.5) / 31 : 0.5)
}
