import type { SlideInfo } from '@slidev/types'
import type { Article } from '../../data/schema'
import { checkAnchor, checkPages } from '../../data'
import { escapeXml, unescapeXml } from './markup'
import { editPptx } from './pptx'

// Slidev's editable-PPTX exporter writes every link as the absolute address the page had in
// its temporary dev server (`http://localhost:PORT/print?print=true#check-…`), which is dead
// once the export ends. Links between slides become PowerPoint slide jumps instead.

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink'
const SLIDE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide'
const SLIDE_JUMP = 'ppaction://hlinksldjump'

/** Where the deck's own links can land: slide numbers by route (number or alias) and by anchor id. */
export interface DeckTargets {
  routes: ReadonlyMap<string, number>
  anchors: ReadonlyMap<string, number>
}

/** The anchors a slide carries: `<CriticalReading :page="n">` gives each of its rows the id `check-<assessment id>`. */
export function anchorsOn(article: Readonly<Article>, slide: Pick<SlideInfo, 'content'>): string[] {
  return [...slide.content.matchAll(/<CriticalReading\b([^>]*)>/g)].flatMap((m) => {
    const page = Number(m[1].match(/:page="(\d+)"/)?.[1] ?? 1)
    return (checkPages(article)[page - 1] ?? []).map(check => checkAnchor(check.id))
  })
}

/** Every route and anchor of the deck, against its 1-based slide number. */
export function deckTargets(article: Readonly<Article>, slides: Pick<SlideInfo, 'content' | 'frontmatter'>[]): DeckTargets {
  const routes = new Map<string, number>()
  const anchors = new Map<string, number>()
  slides.forEach((slide, i) => {
    routes.set(String(i + 1), i + 1)
    if (typeof slide.frontmatter.routeAlias === 'string')
      routes.set(slide.frontmatter.routeAlias, i + 1)
    for (const id of anchorsOn(article, slide))
      anchors.set(id, i + 1)
  })
  return { routes, anchors }
}

const LOCAL_HOST = /^(?:localhost|.+\.localhost|.+\.local|127(?:\.\d+){3}|0\.0\.0\.0|\[::1?\]|10(?:\.\d+){3}|192\.168(?:\.\d+){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d+){2}|169\.254(?:\.\d+){2})$/i

/** Whether a link only worked on the exporting machine: a relative, file or loopback/private-network address. */
export function isLocalAddress(href: string): boolean {
  let url: URL
  try {
    url = new URL(href)
  }
  catch {
    return true
  }
  if (url.protocol === 'file:')
    return true
  return (url.protocol === 'http:' || url.protocol === 'https:') && LOCAL_HOST.test(url.hostname)
}

/**
 * The slide a deck link lands on: the slide holding its anchor (`#check-…`), else the route in
 * its hash (`#/21`, hash router), else the last part of its path (`/21`, `/checks-2`, `/deck/21`).
 */
export function slideFor(href: string, targets: DeckTargets): number | undefined {
  const url = new URL(href, 'http://deck.invalid/')
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s)
    }
    catch {
      return s
    }
  }
  const hash = decode(url.hash.slice(1))
  const route = (s: string | undefined) => s ? targets.routes.get(s) : undefined
  const last = (path: string) => path.split('/').filter(Boolean).at(-1)
  return (hash ? targets.anchors.get(hash) ?? route(last(hash)) : undefined) ?? route(last(decode(url.pathname)))
}

export interface Relinked {
  rels: string
  slide: string
  /** Each local link made a slide jump, with the slide it lands on. */
  jumps: { href: string, to: number }[]
  /** Local links that land on no slide, removed. */
  dropped: string[]
}

const attr = (element: string, name: string) => element.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1]
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * One slide's relationships and XML with every hyperlink to a local address made a jump to
 * the slide it meant (`target` gives its number, 1..`slideCount`), or removed when it means
 * none. Links to anywhere else are left as they are.
 */
export function relinkSlide(rels: string, slide: string, slideCount: number, target: (href: string) => number | undefined): Relinked {
  const jumps: Relinked['jumps'] = []
  const dropped: string[] = []
  const clicks = (id: string) => new RegExp(`<a:hlinkClick\\b(?=[^>]*\\sr:id="${escapeRegExp(id)}")[^>]*?(?:/>|>[\\s\\S]*?</a:hlinkClick>)`, 'g')
  const newRels = rels.replace(/<Relationship\b[^>]*\/>/g, (element) => {
    const id = attr(element, 'Id')
    const href = unescapeXml(attr(element, 'Target') ?? '')
    if (!id || attr(element, 'Type') !== HYPERLINK || !isLocalAddress(href))
      return element
    const to = target(href)
    if (to === undefined || !Number.isInteger(to) || to < 1 || to > slideCount) {
      dropped.push(href)
      slide = slide.replace(clicks(id), '')
      return ''
    }
    jumps.push({ href, to })
    slide = slide.replace(clicks(id), click => click.replace(/^<a:hlinkClick\b[^>]*?(?=\/?>)/, (open) => {
      const withoutAction = open.replace(/\saction="[^"]*"/, '')
      return `${withoutAction} action="${SLIDE_JUMP}"`
    }))
    return `<Relationship Id="${escapeXml(id)}" Type="${SLIDE}" Target="slide${to}.xml"/>`
  })
  return { rels: newRels, slide, jumps, dropped }
}

/**
 * Makes every link to the exporter's temporary server in a PPTX a jump to the slide it
 * meant, in place; returns what it did.
 */
export async function linkSlides(file: string, targets: DeckTargets): Promise<Pick<Relinked, 'jumps' | 'dropped'>> {
  const done: Pick<Relinked, 'jumps' | 'dropped'> = { jumps: [], dropped: [] }
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes)
  await editPptx(file, (parts) => {
    const slides = Object.keys(parts).filter(n => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    for (const name of slides) {
      const relsName = name.replace(/slide(\d+)\.xml$/, '_rels/slide$1.xml.rels')
      if (!parts[relsName])
        continue
      const result = relinkSlide(text(parts[relsName]), text(parts[name]), slides.length, href => slideFor(href, targets))
      parts[relsName] = new TextEncoder().encode(result.rels)
      parts[name] = new TextEncoder().encode(result.slide)
      done.jumps.push(...result.jumps)
      done.dropped.push(...result.dropped)
    }
  })
  return done
}
