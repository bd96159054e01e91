// Where the pages the build writes live under the site's base (scripts/lib/route-page.ts),
// for the build and for the app alike.

/** The reading page, every slide in turn for a phone held upright. */
export const READING_PATH = 'read/'

/** A slide's own page: the first is the site's root. */
export const slideLink = (base: string, no: number): string => `${base}${no === 1 ? '' : `${no}/`}`

/** A slide's section on the reading page. */
export const readingLink = (base: string, no: number): string => `${base}${READING_PATH}#slide-${no}`
