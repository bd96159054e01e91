// The deck's data diagrams, drawn at build: `virtual:deck-diagrams` gives, by each diagram's
// id, its text alternative and a component that draws its SVG, compiled from the drawing as
// a static Vue template (`v-pre`: a label is never read as template syntax). Neither Mermaid
// nor the builders that write its text reach the browser.
import type { Plugin } from 'vite'
import type { Diagram } from '../../diagrams/types'
import { compileTemplate } from 'vue/compiler-sfc'
import { drawingCounts, renderDiagrams } from './render'

const INDEX = 'virtual:deck-diagrams'
const ONE = 'virtual:deck-diagram/'

/** The SVG's id: every id inside the drawing starts with it, so it is unique on any page. */
export const svgId = (diagram: Pick<Diagram, 'id'>): string => `diagram-${diagram.id}`

/** A module whose default export is a component drawing `svg` as it is. */
export function svgComponent(svg: string, filename: string, isProd: boolean): string {
  const source = svg.replace(/^<svg /, '<svg v-pre ')
  // In production Vue writes the static drawing as one string, not a call per element.
  const { code, errors } = compileTemplate({ source, filename, id: filename, isProd, compilerOptions: { hoistStatic: true } })
  if (errors.length)
    throw new Error(`${filename}: the drawing is not a valid template: ${errors.map(String).join('; ')}`)
  return `${code}\nexport default { name: 'DiagramDrawing', render }\n`
}

export function dataDiagrams(diagrams: () => readonly Diagram[]): Plugin {
  let drawings: Promise<Map<string, string>> | undefined
  let isProd = false
  const draw = () => drawings ??= renderDiagrams(diagrams().map(d => ({
    id: svgId(d),
    text: d.mermaid,
    name: `${d.title}. ${d.summary}`,
    origin: `the data diagram "${d.id}" (diagrams/${d.id}.ts)`,
  })))
  return {
    name: 'deck:data-diagrams',
    configResolved(config) {
      isProd = config.isProduction
    },
    resolveId(source) {
      if (source === INDEX || source.startsWith(ONE))
        return `\0${source}`
    },
    async load(id) {
      if (id === `\0${INDEX}`) {
        const all = diagrams()
        const entry = ({ title, summary, lines, sources }: Diagram, i: number) => `${JSON.stringify(all[i].id)}: { drawing: d${i}, ...${JSON.stringify({ title, summary, lines, sources })} }`
        return [
          ...all.map((d, i) => `import d${i} from '${ONE}${d.id}'`),
          `export default { ${all.map(entry).join(', ')} }`,
        ].join('\n')
      }
      if (id.startsWith(`\0${ONE}`)) {
        const diagram = diagrams().find(d => d.id === id.slice(ONE.length + 1))!
        const svg = (await draw()).get(svgId(diagram))!
        return svgComponent(svg, `${svgId(diagram)}.svg`, isProd)
      }
    },
    buildEnd() {
      this.info(`Mermaid diagrams: ${drawingCounts.drawn} drawn, ${drawingCounts.cached} from the cache`)
    },
  }
}
