import type { ArticleInput, DiagramData } from '../../data/schema'

// Content a careless or malicious edit could put into data/: markup, script, quotes,
// diagram syntax, very long words and right-to-left text. It must all render as plain text.
export const HOSTILE = {
  markup: '<img src=x onerror="alert(1)"> <script>alert(2)</script> markup stays text',
  longWord: `Pneumonoultramicroscopicsilicovolcanoconiosis${'x'.repeat(40)} is one long word`,
  rtl: 'النفط الروسي المخفض يصل إلى الهند — טקסט מימין לשמאל',
  milestone: '"]) --> X[ %%{init: {"theme":"dark"}}%% <b>x</b>',
  flow: '<b>bold</b> | pipe "quote" ; end',
  area: '%%{init: {"theme":"forest"}}%%',
  card: 'Supercalifragilisticexpialidociousenergy',
  question: '<script>alert(3)</script> Is this a question?',
  event: '<b>bold</b> "quoted" & <script>alert(4)</script>',
}

export function makeHostile(base: unknown): ArticleInput {
  const a = structuredClone(base) as ArticleInput
  const point = (id: string) => a.points.find(p => p.id === id)!
  point('energy-driver').text = HOSTILE.markup
  point('energy-india-benefit').text = HOSTILE.longWord
  point('energy-russia-benefit').text = HOSTILE.rtl
  point('call-energy').label = HOSTILE.card
  point('trade-pharma').label = HOSTILE.area
  const diagram = <K extends DiagramData['kind']>(kind: K) => a.diagrams!.find(d => d.kind === kind) as Extract<DiagramData, { kind: K }>
  diagram('sequence').steps[2].label = HOSTILE.milestone
  diagram('actors').flows[0].label = HOSTILE.flow
  a.faq![0].question = HOSTILE.question
  a.context![0].label = HOSTILE.event
  return a
}
