import type { LandingDeck } from './landing-page'
import { existsSync } from 'node:fs'
import { copyFile, cp, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeAtomically } from './atomic'
import { ROOT } from './deck'
import { checkLandingPage, landingPageHtml } from './landing-page'

/**
 * The whole hosted site in one folder, as it goes on the server: the landing page and
 * its icon at the base, each variant's site at <deck>/<variant>/ (copied from where
 * `siteOf` says it was built). Written in place only once every part is there.
 */
export async function writeHostedSite(target: string, decks: readonly LandingDeck[], base: string, siteOf: (deck: string, variant: string) => string): Promise<void> {
  await writeAtomically(target, async (tmp) => {
    await mkdir(tmp, { recursive: true })
    await writeFile(join(tmp, 'index.html'), landingPageHtml(decks, base))
    await copyFile(join(ROOT, 'public/favicon.svg'), join(tmp, 'favicon.svg'))
    for (const { id, article } of decks) {
      for (const v of article.deck.variants)
        await cp(siteOf(id, v.id), join(tmp, id, v.id), { recursive: true })
    }
  }, async (tmp) => {
    const problems = checkLandingPage(await readFile(join(tmp, 'index.html'), 'utf8'), decks, base)
    for (const { id, article } of decks) {
      for (const v of article.deck.variants.filter(v => !existsSync(join(tmp, id, v.id, 'index.html'))))
        problems.push(`has no site at ${id}/${v.id}/`)
    }
    if (problems.length)
      throw new Error(`The hosted site failed its checks:\n  - ${problems.join('\n  - ')}`)
  })
}
