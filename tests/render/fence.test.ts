// An author's ```mermaid block: drawn into the slide as static SVG at build, and a block
// Mermaid cannot read stops the build, naming the slide file, the line and Mermaid's words.
import type { CodeblockTransformContext } from '@slidev/types'
import type { ScratchDeck } from '../scratch-deck'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildSite } from '../../scripts/lib/build'
import { ROOT } from '../../scripts/lib/deck'
import { mermaidFence } from '../../vite/mermaid/fence'
import { scratchDeck } from '../scratch-deck'

/** A slide holding a Mermaid block with `second` as its second diagram line. */
function slideWith(second: string) {
  return [
    '# An author\'s diagram',
    '',
    '```mermaid',
    'flowchart LR',
    `  ${second}`,
    '```',
    '',
  ].join('\n')
}
/** The line the block opens on, in its slide file. */
const OPENS = slideWith('').split('\n').indexOf('```mermaid') + 1
const GOOD = 'start["Ask the question"] --> finish["Check: 2 < 3"]'
const BROKEN = 'start["Ask the question"] --> --> [[['

const work = mkdtempSync(join(tmpdir(), 'deck-fence-'))
const made: ScratchDeck[] = []
/** A deck whose class variant is that one slide, over the deck under test's data. */
function fixtureDeck(name: string, slide: string): ScratchDeck {
  const deck = scratchDeck(`fence-${name}`, { slideFiles: { 'class.md': slide } })
  made.push(deck)
  return deck
}

afterAll(() => {
  for (const deck of made)
    deck.remove()
  rmSync(work, { recursive: true, force: true })
})

function context(code: string, raw: string): CodeblockTransformContext {
  return {
    info: 'mermaid',
    code,
    fence: 3,
    slide: { source: { filepath: join(ROOT, 'slides/example.md'), start: 0, raw } } as CodeblockTransformContext['slide'],
    options: {} as CodeblockTransformContext['options'],
    renderHighlighted: () => '',
  }
}

describe('the code-block transformer', () => {
  it('leaves other code blocks to Slidev', async () => {
    expect(await mermaidFence({ ...context('x = 1\n', ''), info: 'ts' })).toBeUndefined()
  })

  it('turns a block into a figure holding its static SVG, kept out of Vue\'s template syntax', async () => {
    const code = `flowchart LR\n  ${GOOD}\n`
    const html = (await mermaidFence(context(code, slideWith(GOOD))))!
    expect(html).toMatch(/^<figure class="mermaid-diagram" data-diagram="(mermaid-[0-9a-f]{12})"><svg v-pre id="\1" /)
    expect(html).toContain('role="img"')
    expect(html).not.toMatch(/foreignObject|<style|<script/)
  })

  it('names the slide file, the block\'s line in it and Mermaid\'s own message when it cannot draw it', async () => {
    const code = `flowchart LR\n  ${BROKEN}\n`
    const failure = mermaidFence(context(code, slideWith(BROKEN)))
    await expect(failure).rejects.toThrow(new RegExp(`^slides/example\\.md:${OPENS}: Mermaid cannot draw this diagram\\.\\nParse error on line 2`))
    await expect(failure).rejects.toThrow(`(the diagram's line 2 is line ${OPENS + 2} of slides/example.md)`)
  })
})

describe('a deck with an author\'s block, built', () => {
  it('carries the drawing in the slide\'s built page, and no Mermaid code', async () => {
    const out = join(work, 'site')
    await buildSite({ out, base: '/', withNotes: false, deck: fixtureDeck('good', slideWith(GOOD)), variant: 'class' })
    const page = readFileSync(join(out, 'index.html'), 'utf8')
    expect(page).toMatch(/<figure class="mermaid-diagram" data-diagram="mermaid-[0-9a-f]{12}"><svg [^>]*role="img"/)
    // Each label as SVG text; the author's `<` an escaped character in it, not markup.
    expect(page).toMatch(/<text[^>]*><tspan[^>]*>Ask the question<\/tspan><\/text>/)
    expect(page).toMatch(/<text[^>]*><tspan[^>]*>Check: 2 &lt; 3<\/tspan><\/text>/)
    const scripts = readdirSync(join(out, 'assets'), { recursive: true }).map(String).filter(f => f.endsWith('.js'))
    expect(scripts.filter(f => /mermaidAPI|Syntax error in text/.test(readFileSync(join(out, 'assets', f), 'utf8')))).toEqual([])
  }, 180_000)

  it('fails to build when Mermaid cannot read the block, naming the file and line', async () => {
    const deck = fixtureDeck('broken', slideWith(BROKEN))
    const file = relative(ROOT, join(deck.slides, 'class.md'))
    const out = join(work, 'broken')
    const failure = buildSite({ out, base: '/', withNotes: false, deck, variant: 'class', prerender: false })
    await expect(failure).rejects.toThrow(`${file}:${OPENS}: Mermaid cannot draw this diagram.`)
    await expect(failure).rejects.toThrow(`(the diagram's line 2 is line ${OPENS + 2} of ${file})`)
    expect(existsSync(join(out, 'index.html'))).toBe(false)
  }, 180_000)
})
