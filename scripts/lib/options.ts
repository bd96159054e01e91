import { resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { maxAgeFromEnv } from '../../data/freshness'
import { ROOT } from './deck'

export const OUTPUTS = ['site', 'zip', 'pdf', 'png', 'handout', 'quiz', 'note', 'pptx'] as const
export type Output = typeof OUTPUTS[number]
export type ColorScheme = 'light' | 'dark'

export interface ExportOptions {
  /** The deck to make (--deck), or every deck. */
  deck?: string
  /** The variant to make (--variant), or each of the deck's. */
  variant?: string
  only: Output[]
  paper: 'a4' | 'letter'
  base: string
  /** The hosted sites' scheme and host (https://example.org), from --url or DECK_URL. */
  origin?: string
  outDir: string
  withNotes: boolean
  /** The slides' colours in the PDF, PNGs and PPTX (handouts stay light for print). */
  scheme: ColorScheme
  maxAgeDays: number
  help: boolean
}

export const HELP = `Usage: npm run export -- [options]

Builds the outputs of each variant of each deck into its own folder,
output/<deck>/<variant>/, then checks each file it wrote. A deck is its data,
data/<deck>/, and its slides, slides/<deck>/; its variants (a class lesson, a
briefing...) are listed in its data. The outputs of each variant:
  site     the static web deck (output/<deck>/<variant>/site/), for hosting at
           <base><deck>/<variant>/
  zip      the same site as one zip, for offline use from a USB stick
  pdf      the slides, one page per slide
  png      a picture of every slide (output/<deck>/<variant>/png/)
  handout  handout-briefing.pdf (landscape: slide, notes and sources per page)
           and handout-student.pdf (two slides per page with room to write),
           the slides in them as real text
  note     briefing-note.pdf: one page (two at most) to leave behind: the article in
           three sentences, its claims with the record's verdicts, what changed,
           what to watch, sources, and the QR code when --url is given
  quiz     the class self-check on paper: self-check-quiz.pdf for students and
           self-check-answers.pdf for the teacher (variants with a self-check)
  pptx     an editable PowerPoint file (real text; fonts are named, not embedded)

Options:
  --deck <name>     make one deck only (default: every deck in data/)
  --variant <name>  make one variant only, such as class or briefing (default: all)
  --only <list>     outputs to make, comma-separated: ${OUTPUTS.join(',')} (default: all)
  --paper <size>    handout paper: a4 (default) or letter
  --base <path>     the path the decks' sites are hosted under, side by side:
                    <base><deck>/<variant>/ (default: $DECK_BASE or /)
  --url <address>   where they are hosted, such as https://example.org/decks/ (its
                    path is the base); the cover and last slide then carry a QR code
                    to the variant's address, and the pages their canonical address
  --out <dir>       output folder (default: output)
  --with-notes      keep speaker notes and the presenter view in the site
  --dark            dark slides in the PDF, PNGs and PPTX (default: light); the
                    handouts stay light for printing, and the site follows each
                    viewer's system setting, with a toggle in its nav bar
  --max-age-days <n>  warn when the context was verified more than n days ago
                    (default: $DECK_MAX_AGE_DAYS or 90)
  --help            show this help

Environment:
  CHROME_PATH       Chrome or Chromium binary to render with (else found automatically)
  DECK_BASE         default for --base
  DECK_URL          default for --url
  DECK_MAX_AGE_DAYS default for --max-age-days`

export class OptionsError extends Error {}

/** Slidev requires a base that starts and ends with '/'; accept 'deck' or '/deck' too. */
export function normaliseBase(raw: string): string {
  const trimmed = raw.trim()
  if (!/^[\w\-./~]*$/.test(trimmed))
    throw new OptionsError(`--base "${raw}" may only contain letters, digits, '-', '_', '.', '~' and '/'`)
  const parts = trimmed.split('/').filter(Boolean)
  if (parts.some(p => p === '..' || p === '.'))
    throw new OptionsError(`--base "${raw}" must not contain '.' or '..' segments`)
  return parts.length ? `/${parts.join('/')}/` : '/'
}

/**
 * The longest hosted address taken: each variant's address (this, its deck's and its own
 * id) goes into a QR code on a slide, which a phone must still read from the back of a room.
 */
export const MAX_HOSTED_ADDRESS = 120
/** A host name as DNS spells it (the URL parser has already lowercased and punycoded it), or an IP address. */
const HOST = /^(?:(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?|\[[0-9a-f:.]+\])$/

/** A hosted address (--url or DECK_URL) as its origin and base path, or an error naming where it came from. */
export function parseHostedUrl(raw: string | undefined, from = 'DECK_URL'): { origin: string, base: string } | undefined {
  if (!raw?.trim())
    return undefined
  const shown = raw.length > 60 ? `${raw.slice(0, 57)}…` : raw
  if (raw.trim().length > MAX_HOSTED_ADDRESS)
    throw new OptionsError(`${from} "${shown}" is ${raw.trim().length} characters long; give at most ${MAX_HOSTED_ADDRESS}, so the decks' QR codes stay readable`)
  let url: URL
  try {
    url = new URL(raw.trim())
  }
  catch {
    throw new OptionsError(`${from} "${raw}" is not an address; give one such as https://example.org/decks/`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new OptionsError(`${from} "${raw}" must start with https:// (or http://)`)
  if (!HOST.test(url.hostname))
    throw new OptionsError(`${from} "${raw}" names no valid host ("${url.hostname}"); a host is letters, digits, hyphens and dots, as in https://example.org/decks/`)
  if (url.search || url.hash || url.username || url.password)
    throw new OptionsError(`${from} "${raw}" must be a plain address, without a query, a #fragment or a login`)
  return { origin: url.origin, base: normaliseBase(decodeURIComponent(url.pathname)) }
}

/** The command line as parseArgs reads it, or an error that points to --help. */
function readArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        'base': { type: 'string' },
        'deck': { type: 'string' },
        'variant': { type: 'string' },
        'url': { type: 'string' },
        'only': { type: 'string' },
        'paper': { type: 'string', default: 'a4' },
        'out': { type: 'string' },
        'with-notes': { type: 'boolean', default: false },
        'dark': { type: 'boolean', default: false },
        'max-age-days': { type: 'string' },
        'help': { type: 'boolean', default: false },
      },
      strict: true,
    }).values
  }
  catch (error) {
    throw new OptionsError(`${(error as Error).message}\nRun with --help to see the options.`)
  }
}

export function parseExportOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): ExportOptions {
  const values = readArgs(argv)
  let maxAgeDays: number
  try {
    maxAgeDays = maxAgeFromEnv({ DECK_MAX_AGE_DAYS: values['max-age-days'] ?? env.DECK_MAX_AGE_DAYS })
  }
  catch (error) {
    throw new OptionsError(`--max-age-days: ${(error as Error).message.replace('DECK_MAX_AGE_DAYS ', '')}`)
  }
  const only = values.only === undefined ? [...OUTPUTS] : values.only.split(',').map(o => o.trim()).filter(Boolean)
  const unknown = only.filter(o => !(OUTPUTS as readonly string[]).includes(o))
  if (unknown.length || !only.length)
    throw new OptionsError(`--only takes a comma-separated list of ${OUTPUTS.join(', ')}; got "${values.only}"`)
  const paper = values.paper?.toLowerCase()
  if (paper !== 'a4' && paper !== 'letter')
    throw new OptionsError(`--paper must be a4 or letter, got "${values.paper}"`)
  for (const name of ['deck', 'variant'] as const) {
    const given = values[name]
    if (given !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(given))
      throw new OptionsError(`--${name} takes a name in kebab-case (a-z, 0-9, single hyphens); got "${given}"`)
  }
  const hosted = parseHostedUrl(values.url ?? env.DECK_URL, values.url ? '--url' : 'DECK_URL')
  const givenBase = values.base ?? env.DECK_BASE
  const base = normaliseBase(givenBase ?? hosted?.base ?? '/')
  if (hosted && givenBase !== undefined && hosted.base !== '/' && hosted.base !== base)
    throw new OptionsError(`the address ${hosted.origin}${hosted.base} and the base ${base} disagree; give the address alone, or the same path in both`)
  return {
    origin: hosted?.origin,
    deck: values.deck,
    variant: values.variant,
    only: OUTPUTS.filter(o => only.includes(o)),
    paper,
    base,
    maxAgeDays,
    outDir: resolve(ROOT, values.out ?? 'output'),
    withNotes: values['with-notes'] ?? false,
    scheme: values.dark ? 'dark' : 'light',
    help: values.help ?? false,
  }
}
