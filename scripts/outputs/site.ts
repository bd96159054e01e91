import type { MakeOutput } from './run'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeAtomically } from '../lib/atomic'
import { buildSite } from '../lib/build'
import { withoutShareTags } from '../lib/share-card'
import { CheckError, step } from './run'

/** The built site loads nothing from the network: the share card names the hosted address (og:url, og:image, canonical), and nothing loads it. */
async function checkSite(dir: string): Promise<void> {
  const html = withoutShareTags(await readFile(join(dir, 'index.html'), 'utf8'))
  const remote = html.match(/(?:href|src)="(https?:\/\/[^"]+)"/)
  if (remote)
    throw new CheckError(`the site's index.html loads ${remote[1]} from the network; the deck must work offline`)
}

/** The static site every output but the PPTX starts from; published only when asked for. */
export const makeSite: MakeOutput = async ({ deck, variant, options, site, siteUrl, wants }) => {
  await step(`Build the site for base ${options.base}${options.withNotes ? ' (with notes)' : ''}`, () =>
    writeAtomically(site, out => buildSite({ out, base: options.base, withNotes: options.withNotes, deck, variant, url: siteUrl }), checkSite))
  return wants('site') ? [site] : []
}
