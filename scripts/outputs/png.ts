import type { MakeOutput } from './run'
import { copyFile, mkdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { writeAtomically } from '../lib/atomic'
import { SLIDE_VIEWPORT } from '../lib/browse'
import { captureSlides } from '../lib/capture'
import { checkPngs } from '../lib/verify-files'
import { failIf, step } from './run'

const PNG_SCALE = 2

/** One picture per slide, at twice the canvas size, in the scheme asked for. */
export const makePngs: MakeOutput = async (run) => {
  const { slides, options, outDir, scratch } = run
  const [browser, url] = [await run.browser(), await run.served()]
  const captured = await step(`Render ${slides.length} ${options.scheme} slides in Chromium`, () =>
    captureSlides(browser, url, slides.length, join(scratch, options.scheme), { scale: PNG_SCALE, scheme: options.scheme }))
  const png = join(outDir, 'png')
  await step('Write the slide PNGs', () => writeAtomically(png, async (tmp) => {
    await mkdir(tmp)
    for (const c of captured)
      await copyFile(c.png, join(tmp, basename(c.png)))
  }, async tmp => failIf('The PNGs', await checkPngs(tmp, slides.length, SLIDE_VIEWPORT.width * PNG_SCALE, SLIDE_VIEWPORT.height * PNG_SCALE))))
  return [png]
}
