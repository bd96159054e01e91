// @vitest-environment happy-dom
// Slidev binds a slide's whole front matter to its layout: the fields the layout declares
// as props, every other one (the engine's `minutes`, `sources`, `kind`, the headmatter's
// `duration`, and `frontmatter` itself) as an attribute on the layout's element, which
// HTML does not allow. Every slide of every deck is drawn in one of the engine's layouts
// (layouts/), which passes none of them on.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Cover from '../../layouts/cover.vue'
import Default from '../../layouts/default.vue'
import { loadSlides, ROOT } from '../../scripts/lib/deck'
import { deckArticle, decksIn, writeEntry } from '../../scripts/lib/decks'
import { FIXTURE } from '../fixture-deck'

const FRONTMATTER = { minutes: 1.5, sources: ['basis'], kind: 'record', duration: '25min' }
const ours = readdirSync(join(ROOT, 'layouts')).map(f => f.replace(/\.vue$/, ''))

describe.each([['default', Default, 'default'], ['cover', Cover, 'cover']] as const)('the %s layout', (_, layout, name) => {
  const w = mount(layout, { props: { ...FRONTMATTER, frontmatter: FRONTMATTER } as object, slots: { default: '<h1>Title</h1>' } })

  it('is Slidev\'s own, around the slide', () => {
    expect(w.classes()).toEqual(expect.arrayContaining(['slidev-layout', name]))
    expect(w.find('h1').text()).toBe('Title')
  })

  it('puts none of the slide\'s front matter on its element', () => {
    expect(Object.keys(w.attributes()).filter(a => !['class', 'style'].includes(a))).toEqual([])
    expect(w.html()).not.toMatch(/\b(?:minutes|sources|kind|duration|frontmatter)=/)
  })
})

const used = (await Promise.all([...decksIn(), FIXTURE].map(async (deck) => {
  const article = await deckArticle(deck)
  return Promise.all(article.deck.variants.map(async (v) => {
    const slides = await loadSlides(await writeEntry(deck, v.id))
    // As Slidev picks it: the slide's own, else a cover first and the default after.
    return slides.map((s, i) => ({ slide: `${deck.id}, ${v.id}, slide ${i + 1}`, layout: String(s.frontmatter.layout ?? (i === 0 ? 'cover' : 'default')) }))
  }))
}))).flat(2)

it('draws every slide of every deck in one of the engine\'s layouts', () => {
  expect(used.length).toBeGreaterThan(0)
  expect(used.filter(u => !ours.includes(u.layout)).map(u => `${u.slide}: layout "${u.layout}" is not in layouts/`)).toEqual([])
})
