import type { MakeOutput } from './run'
import { join } from 'node:path'
import { writeAtomically } from '../lib/atomic'
import { offlineExtras } from '../lib/offline'
import { checkZip } from '../lib/verify-files'
import { listFiles, zipFolder } from '../lib/zip'
import { failIf, step } from './run'

/** The site in one file for a USB stick: one folder, with serve.mjs and how to open it. */
export const makeZip: MakeOutput = async ({ options, outDir, fileName, site, info }) => {
  const folder = `${fileName}-site`
  const zip = join(outDir, `${folder}.zip`)
  const files = await listFiles(site)
  const extras = await offlineExtras(info.title, options.base)
  await step('Zip the site for offline use', () =>
    writeAtomically(zip, tmp => zipFolder(site, tmp, folder, extras), async tmp => failIf('The site zip', await checkZip(tmp, folder, files, Object.keys(extras)))))
  return [zip]
}
