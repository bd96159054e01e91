// @vitest-environment happy-dom
import mermaid from 'mermaid'
import { describe, expect, it } from 'vitest'
import { article } from '../../data'
import { validateArticle } from '../../data/validate'
import { allDiagrams, diagramBuilders, diagramPageCount, type DiagramId } from '../../diagrams'
import { formatDate } from '../../data/format'
import { cloneArticle } from '../fixtures'

// Every page of every diagram, each with its own snapshot.
const entries = (Object.keys(diagramBuilders) as DiagramId[]).flatMap(id =>
  Array.from({ length: diagramPageCount(id, article) }, (_, i) => [
    diagramPageCount(id, article) > 1 ? `${id}-${i + 1}` : id,
    (a: typeof article) => diagramBuilders[id](a, i + 1),
  ] as const))
const HOSTILE = '"]) --> X[ %%{init: {"theme":"dark"}}%% <script>alert(1)</script> | ; #'

describe.each(entries)('the %s diagram', (name, build) => {
  const diagram = build(article)

  it('matches its file snapshot', async () => {
    await expect(diagram.code).toMatchFileSnapshot(`./__snapshots__/${name}.mmd`)
  })

  it('is valid Mermaid', async () => {
    await expect(mermaid.parse(diagram.code)).resolves.toBeTruthy()
  })

  it('is deterministic', () => {
    expect(build(article).code).toBe(diagram.code)
  })

  it('carries an accessible title and description', () => {
    expect(diagram.code).toMatch(/^ {2}accTitle: \S/m)
    expect(diagram.code).toMatch(/^ {2}accDescr: \S/m)
  })

  it('has a text alternative from the same data, naming every label', () => {
    expect(diagram.lines.length).toBeGreaterThan(0)
    const alt = `${diagram.title} ${diagram.summary} ${diagram.lines.join(' ')}`
    for (const label of diagram.labels.filter(l => l !== article.partnership))
      expect(alt).toContain(label)
  })

  it('names only real article sections', () => {
    const ids = new Set(article.source.sections.map(s => s.id))
    expect(diagram.sections.every(s => ids.has(s))).toBe(true)
  })

  it('stays valid and escaped when every label is hostile', async () => {
    const data = cloneArticle()
    data.milestones.forEach(m => { m.label = HOSTILE.slice(0, 60) })
    data.actors.forEach(a => { a.name = `${HOSTILE} ${a.id}` })
    data.flows.forEach(f => { f.label = HOSTILE.slice(0, 40) })
    data.points.forEach(p => { if (p.label) p.label = HOSTILE.slice(0, 40) })
    data.areas.forEach(a => { a.label = HOSTILE })
    data.partnership = HOSTILE
    data.context.forEach(e => { e.label = HOSTILE.slice(0, 70) })
    const hostile = build(validateArticle(data))
    const body = hostile.code.split('\n').filter(l => !/^\s*acc(Title|Descr):/.test(l)).join('\n')
    expect(hostile.code).not.toContain('<script')
    expect(hostile.code).not.toContain('%%{')
    expect(hostile.code.split('\n').slice(1).every(l => !l.includes('\n'))).toBe(true)
    // A label is one quoted string per node or edge: no quote escapes it.
    for (const line of body.split('\n'))
      expect([0, 2]).toContain(line.split('"').length - 1)
    expect(body).not.toContain(' --> X[')
    await expect(mermaid.parse(hostile.code)).resolves.toBeTruthy()
  })
})

describe('diagram content', () => {
  it('spreads every context event over the epilogue pages, dated and in order', () => {
    const labels = allDiagrams(article).filter(d => d.id === 'epilogue').flatMap(d => d.labels)
    expect(labels).toHaveLength(article.context.length)
    article.context.forEach((e, i) => expect(labels[i].startsWith(`${formatDate(e.date)}: ${e.label}`)).toBe(true))
  })

  it('marks contested and single-source events in words and with a dashed style', () => {
    const pages = allDiagrams(article).filter(d => d.id === 'epilogue')
    const contested = article.context.filter(e => e.confidence === 'contested')
    expect(contested.length).toBeGreaterThan(0)
    for (const e of contested) {
      const page = pages.find(d => d.code.includes(`e_${e.id.replace(/-/g, '_')}[`))!
      expect(page.labels.find(l => l.includes(e.label))).toMatch(/\(contested\)$/)
      expect(page.code).toMatch(new RegExp(`class [\\w,]*e_${e.id.replace(/-/g, '_')}[\\w,]* unsure`))
    }
  })

  it('refuses a page that does not exist', () => {
    expect(() => diagramBuilders.epilogue(article, 99)).toThrow(/no page 99/)
  })

  it('draws the escalation in the article\'s order', () => {
    const code = diagramBuilders.escalation(article).code
    const order = article.milestones.map(m => code.indexOf(`m_${m.id.replace(/-/g, '_')}[`))
    expect(order.every(i => i > 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(code.match(/-->/g)).toHaveLength(article.milestones.length - 1)
  })

  it('draws one arrow per flow between the actors', () => {
    const code = diagramBuilders.actors(article).code
    expect(code.match(/-->\|/g)).toHaveLength(article.flows.length)
    expect(code).toContain('a_us -->|"Tariffs on Indian goods"| a_india')
  })

  it('draws every cooperation item inside its area', () => {
    const code = diagramBuilders.cooperation(article).code
    for (const area of article.areas) {
      const block = code.slice(code.indexOf(`subgraph area_${area.id.replace(/-/g, '_')} `))
      const body = block.slice(0, block.indexOf('\n  end'))
      for (const point of area.points)
        expect(body).toContain(`p_${point.replace(/-/g, '_')}[`)
    }
  })
})
