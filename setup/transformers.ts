import { defineTransformersSetup } from '@slidev/types'
import { checkSlideReferences } from '../vite/check-references'
import { mermaidFence } from '../vite/mermaid/fence'

// Each slide's components are checked against the deck's data (vite/check-references.ts);
// ```mermaid blocks become static SVG at build (vite/mermaid/fence.ts).
export default defineTransformersSetup(() => ({
  pre: [checkSlideReferences],
  preCodeblock: [],
  postCodeblock: [],
  post: [],
  codeblocks: [mermaidFence],
}))
