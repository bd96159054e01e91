// @vitest-environment happy-dom
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ArticleDiagram from '../../components/ArticleDiagram.vue'
import { article } from '../../data'
import { diagramBuilders, type DiagramId } from '../../diagrams'

const ids = Object.keys(diagramBuilders) as DiagramId[]

describe.each(ids)('<ArticleDiagram id="%s">', (id) => {
  const diagram = diagramBuilders[id](article)
  const w = mount(ArticleDiagram, { props: { id } })
  const svg = w.find('svg')

  it('matches its file snapshot', async () => {
    await expect(svg.html()).toMatchFileSnapshot(`./__snapshots__/${id}.svg`)
  })

  it('is an image named by its title and summary, drawn at the size it was laid out', () => {
    expect(w.find('figure').attributes('data-diagram')).toBe(id)
    expect(svg.attributes('role')).toBe('img')
    const title = w.find(`title#${svg.attributes('aria-labelledby')}`)
    expect(title.text()).toBe(`${diagram.title}. ${diagram.summary}`)
    const [, , width, height] = svg.attributes('viewBox')!.split(' ').map(Number)
    expect([Number(svg.attributes('width')), Number(svg.attributes('height'))]).toEqual([width, height])
  })

  it('draws every label line as text, at the size and weight it was measured in', () => {
    const labels = [...diagram.drawing.boxes.map(b => b.label), ...diagram.drawing.texts]
    const texts = svg.findAll('text')
    expect(texts.map(t => t.findAll('tspan').map(s => s.text()))).toEqual(labels.map(l => l.lines.map(line => line.text)))
    texts.forEach((t, i) => {
      expect(Number(t.attributes('font-size'))).toBe(labels[i].size)
      expect(Number(t.attributes('font-weight'))).toBe(labels[i].weight)
    })
  })

  it('carries its text alternative: title, summary, every line and its sources', () => {
    const caption = w.find('figcaption')
    expect(caption.classes()).toContain('sr-only')
    expect(caption.text()).toContain(diagram.summary)
    expect(caption.findAll('li').map(li => li.text())).toEqual(diagram.lines)
    expect(caption.findAll('a').map(a => a.attributes('href'))).toEqual(diagram.sources)
  })
})

describe('ArticleDiagram\'s colours', () => {
  const style = readFileSync(join(__dirname, '../../components/ArticleDiagram.vue'), 'utf8').match(/<style scoped>([\s\S]*)<\/style>/)![1]
  const css = readFileSync(join(__dirname, '../../styles/deck.css'), 'utf8')
  const defined = (selector: string) => new Set([...(css.match(new RegExp(`^${selector.replace('.', '\\.')} \\{([^}]*)\\}`, 'm'))?.[1] ?? '').matchAll(/--(deck-[\w-]+):/g)].map(m => m[1]))
  const used = [...new Set([...style.matchAll(/var\(--(deck-[\w-]+)\)/g)].map(m => m[1]))]

  it('come only from the deck\'s variables, so the stylesheet switches the scheme without a redraw', () => {
    expect(used.length).toBeGreaterThan(3)
    const values = [...style.matchAll(/(?:fill|stroke|color):\s*([^;]+);/g)].map(m => m[1].trim())
    expect(values.filter(v => !/^var\(--deck-[\w-]+\)$/.test(v) && v !== 'none')).toEqual([])
  })

  it.each([':root', 'html.dark'])('are each defined for %s', (selector) => {
    const vars = defined(selector)
    expect(used.filter(name => !vars.has(name))).toEqual([])
  })
})
