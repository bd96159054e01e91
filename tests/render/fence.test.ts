// An author's ```mermaid block: drawn into the slide as static SVG at build, and a block
// Mermaid cannot read stops the build, naming the slide file, the line and Mermaid's words.
import type { CodeblockTransformContext } from '@slidev/types'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildSite } from '../../scripts/lib/build'
import { ROOT } from '../../scripts/lib/deck'
import { runBin } from '../../scripts/lib/run'
import { mermaidFence } from '../../vite/mermaid/fence'

/**
 * A deck whose one slide holds a Mermaid block with `second` as its second diagram line.
 * Its settings are the class deck's (self-hosted fonts, nothing fetched), but no slide file.
 */
function deckWith(second: string) {
  return [
    '---',
    'title: A fixture deck with an author\'s diagram',
    'theme: default',
    'fonts:',
    '  provider: none',
    '  sans: Source Sans 3',
    'favicon: ./favicon.svg',
    'remoteAssets: false',
    'download: false',
    '---',
    '',
    '# An author\'s diagram',
    '',
    '```mermaid',
    'flowchart LR',
    `  ${second}`,
    '```',
    '',
  ].join('\n')
}
/** The line the block opens on. */
const OPENS = deckWith('').split('\n').indexOf('```mermaid') + 1
const GOOD = 'start["Ask the question"] --> finish["Check: 2 < 3"]'
const BROKEN = 'start["Ask the question"] --> --> [[['

const work = mkdtempSync(join(tmpdir(), 'deck-fence-'))
const written: string[] = []
/** The fixture is an entry of this project (Slidev takes its setup from the entry's folder). */
function fixtureEntry(name: string, text: string): string {
  const file = `.fixture-${process.pid}-${name}.md`
  writeFileSync(join(ROOT, file), text)
  written.push(join(ROOT, file))
  return file
}

afterAll(() => {
  for (const file of written)
    rmSync(file, { force: true })
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
    const html = (await mermaidFence(context(code, deckWith(GOOD))))!
    expect(html).toMatch(/^<figure class="mermaid-diagram" data-diagram="(mermaid-[0-9a-f]{12})"><svg v-pre id="\1" /)
    expect(html).toContain('role="img"')
    expect(html).not.toMatch(/foreignObject|<style|<script/)
  })

  it('names the slide file, the block\'s line in it and Mermaid\'s own message when it cannot draw it', async () => {
    const code = `flowchart LR\n  ${BROKEN}\n`
    const failure = mermaidFence(context(code, deckWith(BROKEN)))
    await expect(failure).rejects.toThrow(new RegExp(`^slides/example\\.md:${OPENS}: Mermaid cannot draw this diagram\\.\\nParse error on line 2`))
    await expect(failure).rejects.toThrow(`(the diagram's line 2 is line ${OPENS + 2} of slides/example.md)`)
  })
})

describe('a deck with an author\'s block, built', () => {
  it('carries the drawing in the slide\'s built page, and no Mermaid code', async () => {
    const out = join(work, 'site')
    await buildSite({ out, base: '/', withNotes: false, entry: fixtureEntry('good', deckWith(GOOD)) })
    const page = readFileSync(join(out, 'index.html'), 'utf8')
    expect(page).toMatch(/<figure class="mermaid-diagram" data-diagram="mermaid-[0-9a-f]{12}"><svg [^>]*role="img"/)
    // Each label as SVG text; the author's `<` an escaped character in it, not markup.
    expect(page).toMatch(/<text[^>]*><tspan[^>]*>Ask the question<\/tspan><\/text>/)
    expect(page).toMatch(/<text[^>]*><tspan[^>]*>Check: 2 &lt; 3<\/tspan><\/text>/)
    const scripts = readdirSync(join(out, 'assets'), { recursive: true }).map(String).filter(f => f.endsWith('.js'))
    expect(scripts.filter(f => /mermaidAPI|Syntax error in text/.test(readFileSync(join(out, 'assets', f), 'utf8')))).toEqual([])
  }, 180_000)

  it('fails to build when Mermaid cannot read the block, naming the file and line', async () => {
    const entry = fixtureEntry('broken', deckWith(BROKEN))
    const out = join(work, 'broken')
    const failure = runBin('slidev', ['build', join(ROOT, entry), '--out', out])
    await expect(failure).rejects.toThrow(`${entry}:${OPENS}: Mermaid cannot draw this diagram.`)
    await expect(failure).rejects.toThrow(`(the diagram's line 2 is line ${OPENS + 2} of ${entry})`)
    expect(existsSync(join(out, 'index.html'))).toBe(false)
  }, 180_000)
})
