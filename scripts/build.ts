// npm run build: the site with notes and the presenter view, into dist/, each slide drawn
// into its route as the export's site is (under $DECK_BASE, or /). `npm run export` makes
// the checked public site without notes.
import { join } from 'node:path'
import { writeAtomically } from './lib/atomic'
import { buildSite } from './lib/build'
import { ROOT } from './lib/deck'
import { normaliseBase } from './lib/options'

const base = normaliseBase(process.env.DECK_BASE ?? '/')
await writeAtomically(join(ROOT, 'dist'), out => buildSite({ out, base, withNotes: true }))
console.log(`✓ dist/: the deck with notes, for ${base}`)
