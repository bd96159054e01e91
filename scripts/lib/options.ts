import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { ROOT } from './deck'

export interface ExportOptions {
  base: string
  outDir: string
  withNotes: boolean
  help: boolean
}

export const HELP = `Usage: npm run export -- [options]

Builds the static site and the slides PDF into one output folder, then checks them.

Options:
  --base <path>     base path the site is hosted under (default: $DECK_BASE or /)
  --out <dir>       output folder (default: output)
  --with-notes      keep speaker notes and the presenter view in the site
  --help            show this help

Environment:
  CHROME_PATH       Chrome or Chromium binary to render with (else found automatically)
  DECK_BASE         default for --base`

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
        'help': { type: 'boolean', default: false },
      },
      strict: true,
    }))
  }
  catch (error) {
    throw new OptionsError(`${(error as Error).message}\nRun with --help to see the options.`)
  }
  return {
    base: normaliseBase(values.base ?? env.DECK_BASE ?? '/'),
    outDir: resolve(ROOT, values.out ?? 'output'),
    withNotes: values['with-notes'] ?? false,
    help: values.help ?? false,
  }
}
