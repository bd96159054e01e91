import type { Article, ArticleInput, DiagramData } from '../../data/schema'
import { describe, expect, it } from 'vitest'
import { validateArticle } from '../../data/validate'
import { buildDiagram, diagramById } from '../../diagrams'
import { authoredAlternative, flowchart, mermaidId, mermaidLabel, QUOTE_STAND_IN, STAND_IN_MARK } from '../../diagrams/mermaid-text'
import { DIAGRAM_FONT, diagramFont } from '../../vite/mermaid/theme'
import { HOSTILE } from '../browser/hostile-data'
import { article, fixtureData } from '../fixture-deck'

const ids = article.diagrams.map(d => d.id)

/** The deck's first diagram of a kind, in `data`. */
function ofKind<K extends DiagramData['kind']>(data: { diagrams?: readonly DiagramData[] }, kind: K): Extract<DiagramData, { kind: K }> {
  return data.diagrams!.find(d => d.kind === kind) as Extract<DiagramData, { kind: K }>
}

/** What Mermaid 12 draws for a quoted label, by the rules diagrams/mermaid-text.ts names (the render test checks them in Chromium). */
function asDrawn(quoted: string) {
  return quoted
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
    .replaceAll(QUOTE_STAND_IN, '"')
    .replaceAll(STAND_IN_MARK, '')
}

/** Every quoted label in a flowchart's text: nodes `["…"]`, edges `|"…"|`. */
const quotedLabels = (text: string) => Array.from(text.matchAll(/\["([^"]*)"\]|\|"([^"]*)"\|/g), m => m[1] ?? m[2])

describe('mermaidLabel', () => {
  it.each([
    ['a quote, which would end the label', 'say "no"'],
    ['brackets, which would end a node', 'a] --> b[c'],
    ['an entity Mermaid would decode', '#lt; #quot; #35; &lt; &amp;'],
    ['a statement separator', 'one; two'],
    ['markup', '<b>bold</b> <br> <script>alert(1)</script>'],
    ['a comment and a directive', '%% note %%{init: {"theme":"dark"}}%%'],
    ['an edge and its label syntax', '-->|"x"| ==> -.-'],
  ])('writes %s so that nothing in it is syntax, and it draws as itself', (_what, text) => {
    const quoted = mermaidLabel(text)
    expect(quoted).not.toMatch(/["<>\n]|#\w+;|%%/)
    expect(asDrawn(quoted)).toBe(text)
  })

  it('makes one line of a label, whatever spaces and line breaks it has', () => {
    expect(mermaidLabel('  two\nlines\r\n and\ttabs ')).toBe('two lines and tabs')
  })

  it('drops a word joiner the data brought, which would read as a stand-in\'s mark', () => {
    expect(asDrawn(mermaidLabel(`a${STAND_IN_MARK}"b`))).toBe('a"b')
  })
})

describe('mermaidId', () => {
  it('keeps a kebab id unique and clear of Mermaid\'s keywords', () => {
    expect(mermaidId('n', 'end')).toBe('n_end')
    expect(mermaidId('n', 'river-banks')).toBe('n_river_banks')
    expect(mermaidId('n', 'river-banks')).not.toBe(mermaidId('n', 'river-bank'))
  })
})

describe('flowchart', () => {
  it('puts the layout in the front matter, where Mermaid reads a diagram\'s own config', () => {
    expect(flowchart('LR', { wrappingWidth: 100, rankSpacing: 8 }, ['a --- b'])).toBe('---\nconfig:\n  flowchart:\n    wrappingWidth: 100\n    rankSpacing: 8\n---\nflowchart LR\n  a --- b')
  })
})

describe('authoredAlternative', () => {
  it('reads an author\'s accTitle and accDescr, and says "a diagram" without them', () => {
    expect(authoredAlternative('flowchart LR\n  accTitle: Who pays\n  accDescr: Money flows one way\n  a --> b')).toEqual({ title: 'Who pays', summary: 'Money flows one way', lines: [] })
    expect(authoredAlternative('flowchart LR\n  a --> b').title).toBe('A diagram')
  })
})

/** The fixture's diagrams with the browser suite's hostile strings where they draw them: a milestone, a flow, an area's item. */
function hostileLabels(): Article {
  const a = structuredClone(fixtureData)
  ofKind(a, 'sequence').steps[0].label = HOSTILE.milestone
  ofKind(a, 'actors').flows[0].label = HOSTILE.flow
  a.points.find(p => p.id === ofKind(a, 'areas').areas[0].points[0])!.label = HOSTILE.area
  return validateArticle(a)
}

/** Every label at its longest, with markup and diagram syntax. */
function longLabels(): Article {
  const a: ArticleInput = structuredClone(fixtureData)
  // As long as the schema allows: 60 characters for a milestone, 40 for a flow.
  const long = (max: number) => `${HOSTILE.milestone} ${HOSTILE.flow}`.slice(0, max)
  ofKind(a, 'sequence').steps.forEach((m) => { m.label = long(60); m.when = 'Sometime before the end of the year 2025' })
  ofKind(a, 'actors').actors.forEach((x) => { x.name = `${x.name} "and" its government <agencies>` })
  ofKind(a, 'actors').flows.forEach((f) => { f.label = long(40) })
  ofKind(a, 'areas').areas.forEach((x) => { x.label = `${x.label}: #lt; a longer heading` })
  return validateArticle(a)
}

describe.each(ids)('the %s diagram', (id) => {
  const build = (data: Readonly<Article>) => diagramById(data, id)

  it('is this Mermaid text, from the fixture\'s data', async () => {
    await expect(build(article).mermaid).toMatchFileSnapshot(`./__snapshots__/${id}.mmd`)
  })

  it.each([
    ['the fixture\'s data', article],
    ['the browser suite\'s hostile strings', hostileLabels()],
    ['long, hostile labels', longLabels()],
  ] as const)('draws every label from %s, and nothing else', (_name, data) => {
    const diagram = build(data)
    expect(quotedLabels(diagram.mermaid).flatMap(q => q.split('<br>')).map(asDrawn).sort())
      .toEqual(diagram.labels.map(l => l.replace(/\s+/g, ' ').trim()).sort())
  })

  it('is deterministic', () => {
    expect(build(article)).toEqual(build(article))
  })

  it('has a text alternative from the same data, naming every label', () => {
    const diagram = build(article)
    const alt = `${diagram.title} ${diagram.summary} ${diagram.lines.join(' ')}`
    // The areas' hub is named in the summary in quotation marks.
    for (const label of diagram.labels)
      expect(alt).toContain(label)
  })

  it('names only real article sections', () => {
    const sections = new Set(article.source.sections.map(s => s.id))
    expect(build(article).sections.every(s => sections.has(s))).toBe(true)
  })
})

describe('a sequence', () => {
  it('joins the steps, in the article\'s order, with plain lines: the order is time, not cause', () => {
    const d = ofKind(article, 'sequence')
    const { mermaid } = buildDiagram(article, d)
    const links = [...mermaid.matchAll(/^\s+(\w+) (\S+) (\w+)$/gm)]
    expect(links.map(l => l[2])).toEqual(d.steps.slice(1).map(() => '---'))
    expect(links.map(l => [l[1], l[3]])).toEqual(d.steps.slice(1).map((m, i) => [mermaidId('m', d.steps[i].id), mermaidId('m', m.id)]))
  })
})

describe('actors and flows', () => {
  // A second flow beside the first and one back, so that an arrow carries two flows and its pair runs the other way.
  const input = structuredClone(fixtureData)
  const actors = ofKind(input, 'actors')
  const [first] = actors.flows
  actors.flows.push({ ...first, id: 'beside', label: 'A second flow' }, { ...first, id: 'back', from: first.to, to: first.from, label: 'A flow back' })
  const data = validateArticle(input)

  it('draws one arrow a direction between two actors, labelled with each flow that way, one a line', () => {
    const { flows } = ofKind(data, 'actors')
    const { mermaid } = buildDiagram(data, ofKind(data, 'actors'))
    const arrows = Array.from(mermaid.matchAll(/^\s+(\w+) -->\|"([^"]*)"\| (\w+)$/gm), m => ({ from: m[1], to: m[3], flows: m[2].split('<br>').map(asDrawn) }))
    expect(arrows.map(a => `${a.from}>${a.to}`)).toEqual([...new Set(flows.map(f => `${mermaidId('a', f.from)}>${mermaidId('a', f.to)}`))])
    for (const a of arrows)
      expect(a.flows).toEqual(flows.filter(f => mermaidId('a', f.from) === a.from && mermaidId('a', f.to) === a.to).map(f => f.label))
  })
})

describe('areas', () => {
  it('hangs one box per area from the hub, each holding its items', () => {
    const d = ofKind(article, 'areas')
    const { mermaid } = buildDiagram(article, d)
    const areas = [...mermaid.matchAll(/^ {2}subgraph (\w+)\["([^"]*)"\]\n((?: {4}(?!end$).*\n)*) {4}end$/gm)]
    expect(areas.map(a => asDrawn(a[2]))).toEqual(d.areas.map(a => a.label))
    areas.forEach((a, i) => {
      expect(quotedLabels(a[3]).map(asDrawn)).toEqual(d.areas[i].points.map(p => article.points.find(x => x.id === p)!.label))
      expect(mermaid).toContain(`root --- ${a[1]}`)
    })
  })
})

describe('diagramFont', () => {
  it('is the deck\'s font unless the build names another, which must be a family name', () => {
    expect(diagramFont({})).toBe(DIAGRAM_FONT)
    expect(diagramFont({ DECK_DIAGRAM_FONT: 'Arial' })).toBe('\'Arial\', sans-serif')
    expect(() => diagramFont({ DECK_DIAGRAM_FONT: 'Arial\'; } svg { x' })).toThrow(/DECK_DIAGRAM_FONT="[^"]*" is no font family name/)
  })
})
