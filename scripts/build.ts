// npm run build: the site with notes and the presenter view, into dist/, each slide drawn
// into its route as the export's site is (under $DECK_BASE, or /). `npm run export` makes
// the checked public site without notes.
import { join } from 'node:path'
import process from 'node:process'
import { writeAtomically } from './lib/atomic'
import { buildSite } from './lib/build'
import { ROOT } from './lib/deck'
import { normaliseBase, parseHostedUrl } from './lib/options'

// DECK_URL (https://example.org/deck/) gives the hosted address, and with it the QR codes
// and canonical addresses; DECK_BASE the path alone.
const hosted = parseHostedUrl(process.env.DECK_URL)
const base = normaliseBase(process.env.DECK_BASE ?? hosted?.base ?? '/')
const url = hosted && `${hosted.origin}${base}`
await writeAtomically(join(ROOT, 'dist'), out => buildSite({ out, base, withNotes: true, url }))
console.log(`✓ dist/: the class deck with notes, for ${url ?? base}`)
