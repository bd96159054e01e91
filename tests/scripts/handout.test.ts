import { describe, expect, it } from 'vitest'
import { expectedHandoutPages, handoutMarkup, type HandoutSlide, notesToParagraphs, slideScale, writingSpaceMm } from '../../scripts/lib/handout'
import { slidePages } from '../../scripts/lib/handout-check'

const slide = (no: number, extra: Partial<HandoutSlide> = {}): HandoutSlide => ({
  no,
  title: `Slide title ${no}`,
  notes: `First line of notes ${no}.\nSame paragraph.\n\nSecond paragraph.`,
  source: 'KumDi.com: “Energy”',
  links: ['https://example.org/a?b=1&c=2'],
  ...extra,
})
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
    expect([...body.matchAll(/class="ho-slide-box" data-slide="(\d+)"/g)].map(m => m[1])).toEqual(['1', '2'])
    expect(body).toContain('<p>First line of notes 1. Same paragraph.</p><p>Second paragraph.</p>')
    expect(body).toContain('<a href="https://example.org/a?b=1&amp;c=2">')
    expect(css).toContain('size: A4')
  })

  it('puts two slides with ruled space on each page (student)', () => {
    const { body, css } = handoutMarkup({ ...input('student', [1, 2, 3].map(n => slide(n))), paper: 'letter' })
    expect(body.match(/class="ho-sheet ho-student"/g)).toHaveLength(2)
    expect(body.match(/class="ho-lines"/g)).toHaveLength(3)
    expect(css).toContain('size: Letter')
  })

  it('gives each student slide ruled space, as much as two rows to a page allow on A4 and on Letter', () => {
    expect(writingSpaceMm('a4')).toBeGreaterThanOrEqual(20)
    expect(writingSpaceMm('letter')).toBeGreaterThanOrEqual(10)
    expect(writingSpaceMm('a4')).toBeGreaterThan(writingSpaceMm('letter'))
    expect(handoutMarkup({ ...input('student', [slide(1)]), paper: 'letter' }).css).toContain(`height: ${writingSpaceMm('letter')}mm`)
  })

  it('scales each slide to its printed width, so its 14 px footer prints at 6.5 pt or more', () => {
    for (const layout of ['briefing', 'student'] as const)
      expect(14 * slideScale(layout) * 72 / 96, layout).toBeGreaterThanOrEqual(6.5)
  })

  it('styles only its own classes, leaving the slides inside it as the deck draws them', () => {
    const { css } = handoutMarkup(input('briefing', [slide(1)]))
    const selectors = css.match(/^\s*([^@{}][^{}]*)\{/gm)!.flatMap(rule => rule.replace('{', '').split(','))
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
