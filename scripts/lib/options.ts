import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { maxAgeFromEnv } from '../../data/freshness'
import { ROOT } from './deck'

export const OUTPUTS = ['site', 'zip', 'pdf', 'png', 'handout', 'pptx'] as const
export type Output = typeof OUTPUTS[number]
export type ColorScheme = 'light' | 'dark'

export interface ExportOptions {
  only: Output[]
  paper: 'a4' | 'letter'
  base: string
  outDir: string
  withNotes: boolean
  /** The slides' colours in the PDF, PNGs and PPTX (handouts stay light for print). */
  scheme: ColorScheme
  maxAgeDays: number
  help: boolean
}

export const HELP = `Usage: npm run export -- [options]

Builds the deck's outputs into one folder, then checks each file it wrote:
  site     the static web deck (output/site/), for hosting under --base
  zip      the same site as one zip, for offline use from a USB stick
  pdf      the slides, one page per slide
  png      a picture of every slide (output/png/)
  handout  handout-briefing.pdf (slide, notes and sources per page) and
           handout-student.pdf (three slides per page with room to write)
  pptx     an editable PowerPoint file (real text; fonts are named, not embedded)

Options:
  --only <list>     outputs to make, comma-separated: ${OUTPUTS.join(',')} (default: all)
  --paper <size>    handout paper: a4 (default) or letter
  --base <path>     base path the site is hosted under (default: $DECK_BASE or /)
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

export function parseExportOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): ExportOptions {
  let values
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        'base': { type: 'string' },
        'only': { type: 'string' },
        'paper': { type: 'string', default: 'a4' },
        'out': { type: 'string' },
        'with-notes': { type: 'boolean', default: false },
        'dark': { type: 'boolean', default: false },
        'max-age-days': { type: 'string' },
        'help': { type: 'boolean', default: false },
      },
      strict: true,
    }))
  }
  catch (error) {
    throw new OptionsError(`${(error as Error).message}\nRun with --help to see the options.`)
  }
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
  return {
    only: OUTPUTS.filter(o => only.includes(o)),
    paper,
    base: normaliseBase(values.base ?? env.DECK_BASE ?? '/'),
    maxAgeDays,
    outDir: resolve(ROOT, values.out ?? 'output'),
    withNotes: values['with-notes'] ?? false,
    scheme: values.dark ? 'dark' : 'light',
    help: values.help ?? false,
  }
}
