// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ArticleDiagram from '../../components/ArticleDiagram.vue'
import { diagramById } from '../../diagrams'
import { article } from '../fixture-deck'

const ids = article.diagrams.map(d => d.id)

describe.each(ids)('<ArticleDiagram id="%s">', (id) => {
  const diagram = diagramById(article, id)
  const w = mount(ArticleDiagram, { props: { id } })

  it('draws the drawing made for its id at build', () => {
    expect(w.find('figure').attributes('data-diagram')).toBe(id)
    expect(w.findAll('svg').map(s => s.attributes('data-stub-for'))).toEqual([id])
  })

  it('carries its text alternative: title, summary, every line and its sources', () => {
    const caption = w.find('figcaption')
    expect(caption.classes()).toContain('sr-only')
    expect(caption.text()).toContain(`${diagram.title}. ${diagram.summary}`)
    expect(caption.findAll('li').map(li => li.text())).toEqual(diagram.lines)
    expect(caption.findAll('a').map(a => a.attributes('href'))).toEqual(diagram.sources)
  })
})
