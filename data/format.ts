export const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

/** Months since the year 0 of an ISO date ('2025-08' or '2025-08-27'): time axes and timeline pages count in these. */
export const monthIndex = (iso: string): number => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1

/** '2025-08-27' → '27 Aug 2025'; '2025-12' → 'Dec 2025'. Never depends on the locale or time zone. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso)
  if (!match)
    throw new Error(`Not an ISO date: "${iso}"`)
  const [, year, month, day] = match
  const name = MONTH_NAMES[Number(month) - 1]
  if (!name)
    throw new Error(`Not a month: "${iso}"`)
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`
}

/** Roughly when: '2026-07-05' → 'early Jul 2026' (mid- to the 20th, late after); '2026-07' → 'Jul 2026'. */
export function aboutDate(iso: string): string {
  const month = formatDate(iso.slice(0, 7))
  if (iso.length === 7)
    return month
  const day = Number(iso.slice(8, 10))
  return `${day <= 10 ? 'early' : day <= 20 ? 'mid-' : 'late'}${day <= 10 || day > 20 ? ' ' : ''}${month}`
}

/** How fresh a deck's context is, as its footers, cover, handouts and notes say it. */
export function freshnessLine(meta: { verifiedOn: string, recordThrough: string, sourcesEnd?: string }): string {
  const verified = `Context verified on ${formatDate(meta.verifiedOn)}`
  return meta.sourcesEnd
    ? `${verified}; the sources end ${aboutDate(meta.sourcesEnd)}`
    : `${verified}; record through ${formatDate(meta.recordThrough)}`
}

/**
 * 'https://www.example.org/a/b' → 'example.org': a short, honest link text. A prefix goes
 * only where a site's own name is left: news.az stays news.az.
 */
export function hostOf(url: string): string {
  const host = new URL(url).hostname
  const short = host.replace(/^(www|m|amp|stg-www|english|epaper|news)\./, '')
  return short.includes('.') ? short : host
}

/** Splits a list into pages of at most `size`, as evenly as possible (16 by 6 → 6, 5, 5). */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  const pages = Math.max(1, Math.ceil(items.length / size))
  const base = Math.floor(items.length / pages)
  const extra = items.length % pages
  const out: T[][] = []
  let start = 0
  for (let i = 0; i < pages; i++) {
    const length = base + (i < extra ? 1 : 0)
    out.push(items.slice(start, start + length))
    start += length
  }
  return out
}

/** Link texts for a list of URLs: each host, numbered from its second link ("bbc.com (2)"). */
export function linkTexts(urls: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return urls.map((url) => {
    const host = hostOf(url)
    const n = (seen.get(host) ?? 0) + 1
    seen.set(host, n)
    return n > 1 ? `${host} (${n})` : host
  })
}
