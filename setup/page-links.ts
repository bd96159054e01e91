// Where the pages the build writes live under the site's base (scripts/lib/route-page.ts),
// for the build and for the app alike.

/** The reading page, every slide in turn for a phone held upright. */
export const READING_PATH = 'read/'

/** A slide's own page: the first is the site's root. */
export const slideLink = (base: string, no: number): string => `${base}${no === 1 ? '' : `${no}/`}`

/** A slide's own page, chosen over the reading page (scripts/lib/reading-redirect.js keeps the choice). */
export const slidesLink = (base: string, no: number): string => `${slideLink(base, no)}?slides`

/** A slide's section on the reading page. */
export const readingLink = (base: string, no: number): string => `${base}${READING_PATH}#slide-${no}`

/** Where the touch controls of slide `no` of `count` lead; no previous on the first slide, no next on the last. */
export function touchLinks(base: string, no: number, count: number): { prev?: string, next?: string, read: string } {
  return {
    prev: no > 1 ? slideLink(base, no - 1) : undefined,
    next: no < count ? slideLink(base, no + 1) : undefined,
    read: readingLink(base, no),
  }
}
