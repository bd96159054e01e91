import type { SlideInfo } from '@slidev/types'
import type { Browser } from 'playwright-core'
import type { Article } from '../../data/schema'
import type { DeckPlace } from '../lib/decks'
import type { ExportOptions, Output } from '../lib/options'
import type { DocumentInfo } from '../lib/pdf'
import process from 'node:process'

// What every output of the export shares: the variant being exported, where its files go,
// and the steps' progress lines and check failures.

/** One variant of one deck, as its outputs see it. */
export interface VariantRun {
  deck: DeckPlace
  variant: string
  article: Readonly<Article>
  /** Slidev's entry for the variant, and its slides. */
  entry: string
  slides: SlideInfo[]
  options: ExportOptions
  /** Where this variant's files go (in the run's staging folder), and scratch space. */
  outDir: string
  scratch: string
  /** `<deck>-<variant>`: the stem of its files' names. */
  fileName: string
  /** The slides PDF's document information; `titled` gives another document's. */
  info: DocumentInfo
  titled: (what: string) => DocumentInfo
  /** Every printed document's footer. */
  footer: string
  /** Where the variant will be hosted, when known: its QR codes and canonical addresses. */
  siteUrl?: string
  chromium: string
  /** The built site: published, or scratch when only other outputs need it. */
  site: string
  /** One Chromium for the variant, started when first asked for. */
  browser: () => Promise<Browser>
  /** The built site served on 127.0.0.1 under its base, started when first asked for. */
  served: () => Promise<string>
  wants: (output: Output) => boolean
}

/** What an output makes: the paths it wrote (in the staging folder). */
export type MakeOutput = (run: VariantRun) => Promise<string[]>

export class CheckError extends Error {}

export function failIf(what: string, problems: string[]): void {
  if (problems.length)
    throw new CheckError(`${what} failed its checks:\n  - ${problems.join('\n  - ')}`)
}

export const seconds = (since: number): string => `${((Date.now() - since) / 1000).toFixed(1)}s`

/** Runs one step of the export, saying when it starts and how long it took. */
export async function step<T>(name: string, work: () => Promise<T>): Promise<T> {
  const t = Date.now()
  process.stdout.write(`▸ ${name}…\n`)
  const result = await work()
  process.stdout.write(`  ✓ ${name} (${seconds(t)})\n`)
  return result
}
