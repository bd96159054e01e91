import { defineMermaidSetup } from '@slidev/types'

// Large type and tight spacing so diagrams stay legible at the back of a room without
// being scaled down. 'strict' keeps Mermaid from rendering markup or links. Slidev runs
// this once, so colours are not set here: <DataDiagram> passes them for the current
// scheme (diagrams/theme.ts).
export default defineMermaidSetup(() => ({
  securityLevel: 'strict',
  theme: 'base',
  flowchart: { wrappingWidth: 640, nodeSpacing: 28, rankSpacing: 26, padding: 8 },
}))
