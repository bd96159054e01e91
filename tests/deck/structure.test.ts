import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { epiloguePages, formatDate } from '../../data'
import { figuresOn, ROOT } from '../../scripts/lib/deck'
import { article } from '../fixture-deck'
import { crowded } from '../fixture-variants'
import { structureChecks } from './deck-checks'
import { madeDecks } from './made-decks'

describe.each(madeDecks('structure'))('the %s deck, made from its data', (_name, deck) => structureChecks(deck, 'talk'))

describe('a figure\'s text alternative', () => {
  it('numbers the timeline\'s pages', () => {
    const pages = epiloguePages(crowded).length
    expect(pages).toBeGreaterThan(1)
    expect(figuresOn(crowded, { content: `<EventTimeline :page="${pages}" />` })[0].title).toBe(`What happened next (${pages} of ${pages})`)
  })

  it('names the events a chart marks on its time axis', () => {
    const [series] = article.series
    const event = article.context.find(e => !e.status)!
    expect(figuresOn(article, { content: `<SeriesChart id="${series.id}" :events="['${event.id}']" />` })[0].lines)
      .toContain(`Marked on the time axis: ${event.label}, ${formatDate(event.date)}`)
  })
})

describe('the engine\'s components', () => {
  const components = readdirSync(resolve(ROOT, 'components')).map(f => `components/${f}`)

  it('scope no style through :global(), which Vue compiles to its argument alone (":global(.dark) x" styles all of .dark)', () => {
    for (const f of components.filter(f => f.endsWith('.vue')))
      expect(readFileSync(resolve(ROOT, f), 'utf8'), f).not.toMatch(/:global\(/)
  })

  it('never render data as markup and fetch nothing remote', () => {
    for (const f of ['custom-nav-controls.vue', ...components, 'slide-top.vue']) {
      const text = readFileSync(resolve(ROOT, f), 'utf8')
      expect(text, f).not.toMatch(/v-html|innerHTML/)
      expect(text, f).not.toMatch(/https?:\/\/(?!example)/)
    }
  })
})
