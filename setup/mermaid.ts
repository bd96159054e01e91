import { defineMermaidSetup } from '@slidev/types'

// Large type and tight spacing so diagrams stay legible at the back of a room
// without being scaled down. 'strict' keeps Mermaid from rendering markup or links.
export default defineMermaidSetup(() => ({
  securityLevel: 'strict',
  theme: 'base',
  themeVariables: {
    fontFamily: '"Source Sans 3", "Source Sans Pro", Arial, sans-serif',
    fontSize: '20px',
    primaryColor: '#e8eef7',
    primaryBorderColor: '#1f4e8c',
    primaryTextColor: '#14213d',
    lineColor: '#1f4e8c',
    clusterBkg: '#f4f6fa',
    clusterBorder: '#7a8aa6',
    edgeLabelBackground: '#ffffff',
    tertiaryColor: '#ffffff',
  },
  flowchart: { wrappingWidth: 640, nodeSpacing: 28, rankSpacing: 26, padding: 8 },
}))
