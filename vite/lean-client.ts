import type { Plugin } from 'vite'
import { fileURLToPath } from 'node:url'

const stub = (name: string) => fileURLToPath(new URL(`./stubs/${name}`, import.meta.url))

interface Swap {
  /** The import as Slidev's client writes it. */
  source: string
  /** Only when imported from a file whose path contains this. */
  from: string
  /** An absolute path, a bare import to resolve, or a path made from the import. */
  to: string | ((source: string) => string)
  why: string
  /** A dynamic import the bundler may drop as dead code before resolving it: its absence is no sign of an upgrade. */
  mayGoUnseen?: boolean
}

// Slidev's client imports these for features no slide here uses (code blocks, TwoSlash,
// GitHub alerts, KaTeX); the highlighter alone was a quarter of the first slide's bytes.
const SWAPS: Swap[] = [
  { source: '@shikijs/vitepress-twoslash/client', from: '/@slidev/client/setup/', to: stub('twoslash-client.ts'), why: 'TwoSlash popups (with Shiki)' },
  { source: '@shikijs/vitepress-twoslash/style.css', from: '/@slidev/client/styles/', to: stub('empty.css'), why: 'TwoSlash styles' },
  { source: '@shikijs/magic-move/style.css', from: '/@slidev/client/styles/', to: stub('empty.css'), why: 'Shiki Magic Move styles' },
  { source: './shiki-twoslash.css', from: '/@slidev/client/styles/', to: stub('empty.css'), why: 'Shiki and TwoSlash code styles' },
  { source: './katex.css', from: '/@slidev/client/styles/', to: stub('empty.css'), why: 'KaTeX styles' },
  { source: 'markdown-it-github-alerts/styles/github-colors-light.css', from: '/@slidev/client/styles/', to: stub('empty.css'), why: 'GitHub alert colours' },
  { source: 'markdown-it-github-alerts/styles/github-colors-dark-media.css', from: '/@slidev/client/styles/', to: stub('empty.css'), why: 'GitHub alert colours' },
  { source: 'markdown-it-github-alerts/styles/github-base.css', from: '/@slidev/client/styles/', to: stub('empty.css'), why: 'GitHub alert styles' },
  { source: '../modules/v-motion', from: '/@slidev/client/setup/', to: stub('no-directive.ts'), why: 'the v-motion directive' },
  { source: '../modules/v-mark', from: '/@slidev/client/setup/', to: stub('no-directive.ts'), why: 'the v-mark directive' },
  { source: 'floating-vue', from: '/@slidev/client/', to: stub('floating-vue.ts'), why: 'floating-vue popups' },
  { source: 'file-saver', from: '/@slidev/client/', to: stub('file-saver.ts'), why: 'the download button\'s file-saver', mayGoUnseen: true },
  // Slidev points 'vue' at the build that compiles templates in the browser; every
  // template here is compiled at build time.
  { source: 'vue/dist/vue.esm-bundler.js', from: '', to: source => source.replace(/vue\.esm-bundler\.js$/, 'vue.runtime.esm-bundler.js'), why: 'Vue\'s template compiler' },
  // The core parser brings a whole YAML parser for one helper that lives in its utils.
  { source: '@slidev/parser/core', from: '/@slidev/client/logic/', to: '@slidev/parser/utils', why: 'the YAML parser' },
]

// What the compiled slide code looks like when it uses one of the swapped-out features.
const LEFT_OUT = [
  { name: 'the v-motion directive', pattern: /resolveDirective\(["'`]motion/ },
  { name: 'the v-mark directive', pattern: /resolveDirective\(["'`]mark/ },
  { name: 'a highlighted code block (Shiki, TwoSlash)', pattern: /slidev-code|class="shiki|twoslash/ },
  { name: 'KaTeX', pattern: /katex/i },
]

/**
 * Leaves out of the built site what Slidev's client imports for features no slide uses.
 * A Slidev upgrade that moves one of these imports fails the build here, by name, rather
 * than quietly shipping the feature again; an upgrade that uses more of a swapped module
 * fails the bundler on the missing export.
 */
export function leanClient(): Plugin {
  const used = new Set<Swap>()
  return {
    name: 'deck:lean-client',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      const swap = SWAPS.find(s => (source === s.source || source.endsWith(`/${s.source}`)) && importer?.replaceAll('\\', '/').includes(s.from))
      if (!swap)
        return
      used.add(swap)
      const to = typeof swap.to === 'function' ? swap.to(source) : swap.to
      return to.startsWith('/') ? to : this.resolve(to, importer, { skipSelf: true })
    },
    transform(code, id) {
      // A slide that starts using one of the left-out features stops the build by name.
      if (!id.startsWith('/@slidev/slides/'))
        return
      const feature = LEFT_OUT.find(f => f.pattern.test(code))
      if (feature)
        this.error(`${id}: this slide uses ${feature.name}, which vite/lean-client.ts leaves out of the build; remove its swap there`)
    },
    buildEnd(error) {
      const unused = SWAPS.filter(s => !used.has(s) && !s.mayGoUnseen)
      if (!error && unused.length)
        this.error(`vite/lean-client.ts: Slidev no longer imports ${unused.map(s => `${s.source} (${s.why})`).join(', ')} where expected; check what its client imports now and update the swaps`)
    },
  }
}
