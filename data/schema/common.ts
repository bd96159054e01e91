import { z } from 'zod'

// Ids are stable, kebab-case and become DOM ids, anchors and route names, so the
// character set is deliberately narrow.
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9, single hyphens)')

export const text = z.string().trim().min(1, 'must not be empty')
export const isoDate = z.string().regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'must be an ISO date (YYYY-MM or YYYY-MM-DD)')
// A link is compared with what a browser, a PDF or a PPTX makes of it (which drops a
// default port, lowercases the host, escapes spaces), so it is written that way.
const asBrowsersWrite = (url: string) => URL.canParse(url) ? new URL(url).href : url
export const httpsUrl = z.string().url('must be a URL').startsWith('https://', 'must be an https URL').refine(url => asBrowsersWrite(url) === url, {
  error: issue => `must be written as browsers write it: ${asBrowsersWrite(String(issue.input))}`,
})
export const sourcesSchema = z.array(httpsUrl).min(1, 'needs at least one source URL')

/** Text with a length limit that says what it must fit. */
export const shortText = (max: number, what: string) => z.string().trim().min(1, 'must not be empty').max(max, `${what} (${max} characters at most)`)

export const confidences = ['multi-source', 'single-source', 'contested'] as const
