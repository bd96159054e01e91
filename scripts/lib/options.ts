import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { maxAgeFromEnv } from '../../data/freshness'
import { ROOT } from './deck'

export interface ExportOptions {
  base: string
  outDir: string
  withNotes: boolean
  maxAgeDays: number
  help: boolean
}

export const HELP = `Usage: npm run export -- [options]

Builds the static site and the slides PDF into one output folder, then checks them.

Options:
  --base <path>     base path the site is hosted under (default: $DECK_BASE or /)
  --out <dir>       output folder (default: output)
  --with-notes      keep speaker notes and the presenter view in the site
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
        'out': { type: 'string' },
        'with-notes': { type: 'boolean', default: false },
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
  return {
    base: normaliseBase(values.base ?? env.DECK_BASE ?? '/'),
    maxAgeDays,
    outDir: resolve(ROOT, values.out ?? 'output'),
    withNotes: values['with-notes'] ?? false,
    help: values.help ?? false,
  }
}
