import type { Plugin } from 'vite'
import process from 'node:process'
import QRCode from 'qrcode'

// Where the built site will be hosted, when known: the QR codes on the cover and the last
// slide lead there. scripts/lib/build.ts sets DECK_SITE_URL from --url (or DECK_URL) and
// the site's base path; without it there is no code, and no space kept for one.
const ID = 'virtual:deck-address'
const RESOLVED = `\0${ID}`

export interface DeckAddress {
  url: string
  /** The QR code as one SVG path on a `size` × `size` grid of modules, quiet zone included. */
  size: number
  path: string
}

/** Modules kept clear around the code, as the QR standard asks, so a phone finds its edges. */
const QUIET_ZONE = 4

/** The QR code for `url`, drawn as squares in one path: no script, no library in the browser. */
export function qrCode(url: string): Pick<DeckAddress, 'size' | 'path'> {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' })
  const runs: string[] = []
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) {
      if (!modules.get(x, y))
        continue
      let end = x
      while (end + 1 < modules.size && modules.get(end + 1, y))
        end++
      runs.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${end - x + 1}v1h${x - end - 1}z`)
      x = end
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, path: runs.join('') }
}

/** The hosted address as a checked http(s) URL ending in '/', or an error naming the variable. */
export function siteAddress(raw: string | undefined): string | undefined {
  if (!raw)
    return undefined
  let url: URL
  try {
    url = new URL(raw)
  }
  catch {
    throw new Error(`DECK_SITE_URL "${raw}" is not a URL; give the hosted address, such as https://example.org/decks/class/`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`DECK_SITE_URL "${raw}" must be an http or https address`)
  return url.href.endsWith('/') ? url.href : `${url.href}/`
}

/** `virtual:deck-address`: the hosted address and its QR code, or null. */
export function deckAddress(): Plugin {
  return {
    name: 'deck:address',
    resolveId: id => id === ID ? RESOLVED : undefined,
    load(id) {
      if (id !== RESOLVED)
        return
      const url = siteAddress(process.env.DECK_SITE_URL)
      const address: DeckAddress | null = url ? { url, ...qrCode(url) } : null
      return `export const address = ${JSON.stringify(address)}`
    },
  }
}
