import { defineTransformersSetup } from '@slidev/types'
import { mermaidFence } from '../vite/mermaid/fence'

// ```mermaid blocks become static SVG at build (vite/mermaid/fence.ts).
export default defineTransformersSetup(() => ({
  pre: [],
  preCodeblock: [],
  postCodeblock: [],
  post: [],
  codeblocks: [mermaidFence],
}))
