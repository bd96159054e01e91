import { describe, expect, it } from 'vitest'
import { expectedHandoutPages, handoutHtml, type HandoutSlide, notesToParagraphs } from '../../scripts/lib/handout'

const slide = (no: number, extra: Partial<HandoutSlide> = {}): HandoutSlide => ({
  no,
  title: `Slide title ${no}`,
  image: 'data:image/png;base64,AAAA',
  notes: `First line of notes ${no}.\nSame paragraph.\n\nSecond paragraph.`,
  source: 'KumDi.com: “Energy”',
  links: ['https://example.org/a?b=1&c=2'],
  ...extra,
})
const input = (layout: 'briefing' | 'student', slides: HandoutSlide[]) =>
  ({ title: 'Deck', fonts: [{ weight: 400, woff2: 'Zm9udA==' }], layout, paper: 'a4' as const, slides })

describe('notesToParagraphs', () => {
  it('joins wrapped lines and splits on blank lines', () => {
    expect(notesToParagraphs('a\nb\n\n  c  \n')).toEqual(['a b', 'c'])
    expect(notesToParagraphs('  ')).toEqual([])
  })
})

describe('handoutHtml', () => {
  it('puts each slide with its notes and sources on a page of its own (briefing)', () => {
    const html = handoutHtml(input('briefing', [slide(1), slide(2)]))
    expect(html.match(/class="sheet briefing"/g)).toHaveLength(2)
    expect(html).toContain('<p>First line of notes 1. Same paragraph.</p><p>Second paragraph.</p>')
    expect(html).toContain('<a href="https://example.org/a?b=1&amp;c=2">')
    expect(html).toContain('size: A4')
    expect(html).toContain('src: url(data:font/woff2;base64,Zm9udA==)')
  })

  it('puts three slides with ruled space on each page (student)', () => {
    const html = handoutHtml({ ...input('student', [1, 2, 3, 4].map(n => slide(n))), paper: 'letter' })
    expect(html.match(/class="sheet student"/g)).toHaveLength(2)
    expect(html.match(/class="lines"/g)).toHaveLength(4)
    expect(html).toContain('size: Letter')
  })

  it('writes titles, notes and links as text, never as markup', () => {
    const html = handoutHtml(input('briefing', [slide(1, { title: '<script>x</script>', notes: '<img src=x onerror=alert(1)>', links: ['https://e.org/"><b>'] })]))
    expect(html).not.toContain('<script>x')
    expect(html).not.toContain('<img src=x')
    expect(html).not.toContain('"><b>')
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;')
  })
})

describe('expectedHandoutPages', () => {
  it('is one page per slide for the briefing and one per three slides for students', () => {
    expect(expectedHandoutPages('briefing', 35)).toBe(35)
    expect(expectedHandoutPages('student', 35)).toBe(12)
    expect(expectedHandoutPages('student', 36)).toBe(12)
  })
})
