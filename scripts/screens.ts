// npm run screens: a PNG of every slide as the audience sees it, plus one contact
// sheet, for people to review. Builds the site first unless --no-build is given.
import { mkdir, rm } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { buildSite } from './lib/build'
import { launchChromium, openSlide, SLIDE_VIEWPORT } from './lib/browse'
import { contactSheet } from './lib/contact-sheet'
import { loadSlides, ROOT } from './lib/deck'
import { serveStatic } from './lib/serve'

const { values } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false }, 'out': { type: 'string', default: 'output' } } })
const out = join(ROOT, values.out!)
const site = join(out, 'site')
const screens = join(out, 'screens')

if (!values['no-build']) {
  console.log('▸ Building the site…')
  await buildSite({ out: site, base: '/', withNotes: false })
}
const count = (await loadSlides()).length
const server = await serveStatic(site, '/')
const browser = await launchChromium()
try {
  await rm(screens, { recursive: true, force: true })
  await mkdir(screens, { recursive: true })
  const page = await browser.newPage({ viewport: SLIDE_VIEWPORT, deviceScaleFactor: 2 })
  const files: string[] = []
  for (let no = 1; no <= count; no++) {
    await openSlide(page, server.url, no)
    const file = join(screens, `slide-${String(no).padStart(2, '0')}.png`)
    await page.screenshot({ path: file })
    files.push(file)
  }
  await contactSheet(browser, files, join(screens, 'contact-sheet.png'))
  console.log(`✓ ${count} slides and a contact sheet in ${relative(ROOT, screens)}/`)
}
finally {
  await browser.close()
  await server.close()
}
