import type { HandoutSlide } from '../../scripts/lib/handout'
import { describe, expect, it } from 'vitest'
import { handoutMarkup, notesShare, notesToParagraphs } from '../../scripts/lib/handout'
import { bodyTextUnder, HANDOUT_LIMITS, slidePages, SMALL_PRINT_PX } from '../../scripts/lib/handout-check'
import { contentBoxMm, expectedHandoutPages, HANDOUT_PAGE, handoutPdf, MARGIN_MM, slideScale, writingSpaceMm } from '../../scripts/lib/handout-page'

function slide(no: number, extra: Partial<HandoutSlide> = {}): HandoutSlide {
  return {
    no,
    title: `Slide title ${no}`,
    notes: `First line of notes ${no}.\nSame paragraph.\n\nSecond paragraph.`,
    source: 'KumDi.com: “Energy”',
    links: ['https://example.org/a?b=1&c=2'],
    ...extra,
  }
}
const input = (layout: 'briefing' | 'student', slides: HandoutSlide[]) => ({ layout, paper: 'a4' as const, slides })

describe('notesToParagraphs', () => {
  it('joins wrapped lines and splits on blank lines', () => {
    expect(notesToParagraphs('a\nb\n\n  c  \n')).toEqual(['a b', 'c'])
    expect(notesToParagraphs('  ')).toEqual([])
  })
})

describe('handoutMarkup', () => {
  it('gives each slide a box of its own, with its notes and sources on its page (briefing)', () => {
    const { body, css } = handoutMarkup(input('briefing', [slide(1), slide(2)]))
    expect(body.match(/class="ho-sheet ho-briefing"/g)).toHaveLength(2)
    expect(Array.from(body.matchAll(/class="ho-slide-box" data-slide="(\d+)"/g), m => m[1])).toEqual(['1', '2'])
    expect(body).toContain('<p>First line of notes 1. Same paragraph.</p><p>Second paragraph.</p>')
    expect(body).toContain('<a href="https://example.org/a?b=1&amp;c=2">')
    expect(css).toContain('size: A4 landscape')
  })

  it('cites each context source by its number and site, and lists every address once at the end, first cited first', () => {
    const { body } = handoutMarkup(input('briefing', [
      slide(1, { links: ['https://b.org/1', 'https://www.a.org/2'] }),
      slide(2, { links: ['https://www.a.org/2', 'https://c.org/3'] }),
    ]))
    const [, second] = body.split('class="ho-sheet ho-briefing"')[2].split('class="ho-sources"')
    expect(second).toContain('<a href="#ho-source-2">[2]</a>&nbsp;<a href="https://www.a.org/2">a.org</a>')
    expect(second).toContain('<a href="#ho-source-3">[3]</a>')
    const list = body.slice(body.indexOf('class="ho-sheet ho-source-list"'))
    expect(Array.from(list.matchAll(/<li id="ho-source-(\d)"><span class="ho-n">\[\d\]<\/span> <a href="([^"]+)">/g), m => [m[1], m[2]])).toEqual([['1', 'https://b.org/1'], ['2', 'https://www.a.org/2'], ['3', 'https://c.org/3']])
    expect(handoutMarkup(input('briefing', [slide(1, { links: [] })])).body).not.toContain('ho-source-list')
  })

  it('gives the notes and the sources under a briefing slide each the share of the width its text needs, within limits', () => {
    const links = (n: number) => Array.from({ length: n }, (_, i) => `https://site${i}.example.org/a`)
    expect(notesShare({ notes: 'x'.repeat(900), links: links(2) })).toBe(0.75)
    expect(notesShare({ notes: 'x'.repeat(100), links: links(30) })).toBe(0.4)
    const even = notesShare({ notes: 'x'.repeat(300), links: links(8) })
    expect(even).toBeGreaterThan(0.4)
    expect(even).toBeLessThan(0.75)
    expect(handoutMarkup(input('briefing', [slide(1)])).body).toMatch(/style="--ho-notes-share: 0\.\d+"/)
  })

  it('turns the briefing page to landscape, and fits its slide inside the margins on A4 and Letter', () => {
    expect(handoutPdf('briefing', 'letter', '').landscape).toBe(true)
    expect(handoutPdf('student', 'a4', '').landscape).toBe(false)
    expect(handoutPdf('briefing', 'a4', '').margin.top).toBe(`${MARGIN_MM.top}mm`)
    for (const layout of ['briefing', 'student'] as const) {
      for (const paper of ['a4', 'letter'] as const)
        expect(HANDOUT_PAGE[layout].slideWidthMm, `${layout} on ${paper}`).toBeLessThanOrEqual(contentBoxMm(layout, paper).width)
    }
    expect(contentBoxMm('briefing', 'a4')).toEqual({ width: 297 - 28, height: 210 - 26 })
  })

  it('puts two slides with ruled space on each page (student)', () => {
    const { body, css } = handoutMarkup({ ...input('student', [1, 2, 3].map(n => slide(n))), paper: 'letter' })
    expect(body.match(/class="ho-sheet ho-student"/g)).toHaveLength(2)
    expect(body.match(/class="ho-lines"/g)).toHaveLength(3)
    expect(css).toContain('size: Letter')
  })

  it('gives each student slide ruled space, as much as two rows to a page allow on A4 and on Letter', () => {
    expect(writingSpaceMm('a4')).toBeGreaterThanOrEqual(22)
    expect(writingSpaceMm('letter')).toBeGreaterThanOrEqual(15)
    expect(writingSpaceMm('a4')).toBeGreaterThan(writingSpaceMm('letter'))
    expect(handoutMarkup({ ...input('student', [slide(1)]), paper: 'letter' }).css).toContain(`height: ${writingSpaceMm('letter')}mm`)
  })

  it('scales each slide so that its small print prints at 6.5 pt or more and its body text at the layout\'s body size', () => {
    const pt = (px: number, layout: 'briefing' | 'student') => px * slideScale(layout) * 72 / 96
    for (const layout of ['briefing', 'student'] as const) {
      expect(pt(SMALL_PRINT_PX, layout), layout).toBeGreaterThanOrEqual(HANDOUT_LIMITS.smallestPt)
      expect(pt(SMALL_PRINT_PX + 2, layout), layout).toBeGreaterThanOrEqual(HANDOUT_LIMITS.bodyPt[layout])
    }
  })

  it('styles only its own classes, leaving the slides inside it as the deck draws them', () => {
    const { css } = handoutMarkup(input('briefing', [slide(1)]))
    const selectors = css.match(/^\s*([^@{}\s][^{}]*)\{/gm)!.flatMap(rule => rule.replace('{', '').split(','))
    expect(selectors.filter(sel => !sel.trim().startsWith('@') && !/\.ho-|^\s*html\.handout/.test(sel))).toEqual([])
  })

  it('writes titles, notes and links as text, never as markup', () => {
    const { body } = handoutMarkup(input('briefing', [slide(1, { title: '<script>x</script>', notes: '<img src=x onerror=alert(1)>', links: ['https://e.org/"><b>'] })]))
    expect(body).not.toContain('<script>x')
    expect(body).not.toContain('<img src=x')
    expect(body).not.toContain('"><b>')
    expect(body).toContain('&lt;script&gt;x&lt;/script&gt;')
  })
})

describe('bodyTextUnder', () => {
  const run = (text: string, size: number) => ({ text, size })
  it('finds the slide\'s body text printed under the size, and passes its small print', () => {
    const shown = [{ text: 'Russian crude to India', px: 34 }, { text: 'Jun 2025', px: 16 }, { text: 'Context verified on 27 Nov 2026', px: 14 }]
    const printed = [run('Russian crude to India', 17), run('Jun 2025', 7.7), run('Context verified on 27 Nov 2026', 7.1)]
    expect(bodyTextUnder(printed, shown, 8)).toEqual([run('Jun 2025', 7.7)])
    expect(bodyTextUnder(printed, shown, 7.5)).toEqual([])
  })

  it('reads sizes to a tenth of a point', () => {
    expect(bodyTextUnder([run('Body', 8.99996)], [{ text: 'Body', px: 16 }], 9)).toEqual([])
    expect(bodyTextUnder([run('Body', 8.94)], [{ text: 'Body', px: 16 }], 9)).toHaveLength(1)
  })

  it('leaves out a run that the small print on the page also shows, whichever slide shows it', () => {
    const shown = [{ text: 'Accurate', px: 16 }]
    expect(bodyTextUnder([run('ACCURATE', 7.1)], shown, 8, [{ text: 'accurate', px: 14 }])).toEqual([])
    expect(bodyTextUnder([run('ACCURATE', 7.1)], shown, 8)).toHaveLength(1)
  })

  it('ignores text the slide does not show, such as the handout\'s own captions', () => {
    expect(bodyTextUnder([run('3/42 · The escalation', 7)], [{ text: 'The escalation', px: 34 }], 8)).toEqual([])
  })

  it('ignores the footer\'s page numbers, though a number on the slide holds the same digit', () => {
    const shown = [{ text: 'Executive Order 14329', px: 40 }]
    expect(bodyTextUnder([run('page', 6.7), run('4', 6.7)], shown, 8)).toEqual([])
    expect(bodyTextUnder([run('Order 14329', 6.7)], shown, 8)).toHaveLength(1)
  })
})

describe('expectedHandoutPages and slidePages', () => {
  it('is a page per slide for the briefing and a page per two slides for students', () => {
    expect(expectedHandoutPages('briefing', 35)).toBe(35)
    expect(expectedHandoutPages('student', 35)).toBe(18)
    expect(expectedHandoutPages('student', 36)).toBe(18)
  })

  it('finds each slide where it starts, in order, and says where a title is missing', () => {
    expect(slidePages(['A notes', 'B notes', 'more of B', 'C'], ['A', 'B', 'C'], 'briefing')).toEqual([0, 1, 3])
    expect(slidePages(['A B', 'C'], ['A', 'B', 'C'], 'student')).toEqual([0, 0, 1])
    expect(slidePages(['A', 'C'], ['A', 'B', 'C'], 'briefing')).toEqual([0, -1, 1])
  })
})
