import { describe, expect, it } from 'vitest'
import { leanClient } from '../../vite/lean-client'

type Hook = (this: unknown, ...args: unknown[]) => unknown
const context = { error: (message: string) => { throw new Error(message) }, resolve: async (id: string) => ({ id: `/resolved/${id}` }) }
const call = (plugin: ReturnType<typeof leanClient>, hook: 'resolveId' | 'transform' | 'buildEnd', ...args: unknown[]) => (plugin[hook] as Hook).call(context, ...args)

describe('the lean client', () => {
  it('swaps a feature no slide uses for its stand-in, only where Slidev\'s client imports it', async () => {
    const plugin = leanClient()
    expect(await call(plugin, 'resolveId', '@shikijs/vitepress-twoslash/client', '/x/node_modules/@slidev/client/setup/main.ts')).toMatch(/vite\/stubs\/twoslash-client\.ts$/)
    expect(await call(plugin, 'resolveId', '@shikijs/vitepress-twoslash/client', '/x/components/Mine.vue')).toBeUndefined()
    expect(await call(plugin, 'resolveId', '/x/node_modules/vue/dist/vue.esm-bundler.js', '/x/node_modules/@slidev/client/main.ts')).toBe('/x/node_modules/vue/dist/vue.runtime.esm-bundler.js')
  })

  it('stops the build, naming them, when Slidev no longer imports what it swaps', async () => {
    const plugin = leanClient()
    await call(plugin, 'resolveId', 'floating-vue', '/x/node_modules/@slidev/client/internals/SlidesShow.vue')
    expect(() => call(plugin, 'buildEnd')).toThrow(/no longer imports .*TwoSlash popups.*template compiler/s)
  })

  it('stops the build when a slide starts using a feature it leaves out', () => {
    const plugin = leanClient()
    expect(() => call(plugin, 'transform', 'const d = resolveDirective("mark")', '/@slidev/slides/4/md')).toThrow(/slides\/4\/md: this slide uses the v-mark directive/)
    expect(() => call(plugin, 'transform', '<pre class="shiki">', '/@slidev/slides/2/md')).toThrow(/highlighted code block/)
    expect(call(plugin, 'transform', 'const d = resolveDirective("click")', '/@slidev/slides/4/md')).toBeUndefined()
  })
})
