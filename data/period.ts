// Periods of dated series, written as the sources give them: a day, a month, a quarter,
// a calendar year, an Indian fiscal year (April to March) or a span of years (SIPRI's
// five-year periods). Pure: no Date objects, no locale, no time zone.

import { MONTH_NAMES } from './format'

export interface Period {
  /** First and last day it covers, ISO: ordering and time axes compare these. */
  start: string
  end: string
  /** How a slide, a table or a caption names it. */
  label: string
}

const pad = (n: number) => String(n).padStart(2, '0')
const lastDay = (year: number, month: number) => [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
const monthSpan = (year: number, from: number, to: number) => ({ start: `${year}-${pad(from)}-01`, end: `${year}-${pad(to)}-${pad(lastDay(year, to))}` })

const FORMS: { re: RegExp, read: (m: RegExpExecArray) => Period | undefined }[] = [
  // 2025-08-27
  { re: /^(\d{4})-(\d{2})-(\d{2})$/, read: ([s, y, m, d]) => Number(m) >= 1 && Number(m) <= 12 && Number(d) >= 1 && Number(d) <= lastDay(Number(y), Number(m))
    ? { start: s, end: s, label: `${Number(d)} ${MONTH_NAMES[Number(m) - 1]} ${y}` }
    : undefined },
  // 2025-08
  { re: /^(\d{4})-(\d{2})$/, read: ([, y, m]) => Number(m) >= 1 && Number(m) <= 12
    ? { ...monthSpan(Number(y), Number(m), Number(m)), label: `${MONTH_NAMES[Number(m) - 1]} ${y}` }
    : undefined },
  // 2025-Q3
  { re: /^(\d{4})-Q([1-4])$/, read: ([, y, q]) => ({ ...monthSpan(Number(y), Number(q) * 3 - 2, Number(q) * 3), label: `Q${q} ${y}` }) },
  // 2025
  { re: /^(\d{4})$/, read: ([, y]) => ({ ...monthSpan(Number(y), 1, 12), label: y }) },
  // FY2024-25: 1 Apr 2024 to 31 Mar 2025
  { re: /^FY(\d{4})-(\d{2})$/, read: ([, y, next]) => (Number(y) + 1) % 100 === Number(next)
    ? { start: `${y}-04-01`, end: `${Number(y) + 1}-03-31`, label: `FY${y}–${next}` }
    : undefined },
  // 2009/2013: whole calendar years
  { re: /^(\d{4})\/(\d{4})$/, read: ([, from, to]) => Number(to) > Number(from)
    ? { start: `${from}-01-01`, end: `${to}-12-31`, label: `${from}–${to.slice(2)}` }
    : undefined },
]

export const PERIOD_FORMS = 'YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY, FYYYYY-YY (Indian fiscal year) or YYYY/YYYY (span of years)'

/** The period a string names, or undefined if it names none (a bad form or an impossible date). */
export function parsePeriod(text: string): Period | undefined {
  for (const { re, read } of FORMS) {
    const match = re.exec(text)
    if (match)
      return read(match)
  }
  return undefined
}

/** Like parsePeriod, for periods already validated: throws on a bad one. */
export function periodOf(text: string): Period {
  const period = parsePeriod(text)
  if (!period)
    throw new Error(`Not a period: "${text}" (expected ${PERIOD_FORMS})`)
  return period
}
