import type { Plugin } from 'vite'

const FONT_FILE = /source-sans-3-latin-\d+-normal-[\w-]+\.woff2$/

/**
 * Has the built page ask for its font files at once, beside its stylesheet, rather than
 * one round trip later when the laid-out slide is found to need them.
 */
export function fontPreload(): Plugin {
  let base = '/'
  return {
    name: 'deck:font-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const fonts = Object.keys(bundle ?? {}).filter(name => FONT_FILE.test(name)).sort()
        if (fonts.length !== 2)
          throw new Error(`vite/font-preload.ts: expected the two Source Sans 3 WOFF2 files in the build, found ${fonts.length} (${fonts.join(', ') || 'none'})`)
        return fonts.map(name => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `${base}${name}`, as: 'font', type: 'font/woff2', crossorigin: '' },
          injectTo: 'head' as const,
        }))
      },
    },
  }
}
