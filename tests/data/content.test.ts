import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { article, listItems, sectionPoints } from '../../data'

const articleText = readFileSync(resolve(__dirname, '../../../shared/source/article.txt'), 'utf8')
const lines = articleText.split('\n').map(l => l.trim())

/** The "- " items the article lists directly under the line that introduces them. */
function bulletsAfter(intro: string): string[] {
  const start = lines.findIndex(l => l.includes(intro))
  expect(start, `intro line "${intro}" not found in the article`).toBeGreaterThan(-1)
  const items: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('- '))
      break
    items.push(line)
  }
  return items
}

describe('the content against the article', () => {
  it('has the article\'s 13 sections, each titled section in the article\'s order', () => {
    expect(article.source.sections).toHaveLength(13)
    const titled = article.source.sections.filter(s => !s.untitled)
    const positions = titled.map(s => lines.indexOf(s.heading.replace(/'/g, '’')))
    expect(positions.every(p => p > -1), `headings not found: ${titled.filter((_, i) => positions[i] < 0).map(s => s.heading)}`).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('gives every section at least one key point', () => {
    for (const s of article.source.sections) {
      const all = article.points.filter(p => p.section === s.id)
      expect(all.length + (s.id === 'faqs' ? article.faq.length : 0), s.id).toBeGreaterThan(0)
    }
  })

  it.each([
    ['call-takeaways', 'covered several strategic areas'],
    ['defence-talks', 'believed to have included discussions'],
    ['growth-areas', 'Potential trade growth areas'],
    ['visit-announcements', 'likely produce announcements'],
    ['opportunities', 'Opportunities include'],
  ])('list %s has as many items as the article lists', (list, intro) => {
    expect(listItems(article, list)).toHaveLength(bulletsAfter(intro).length)
  })

  it('has one FAQ entry per question in the article', () => {
    const questions = lines.slice(lines.indexOf('FAQs')).filter(l => l.endsWith('?'))
    expect(article.faq).toHaveLength(questions.length)
  })

  it('quotes only short phrases that appear verbatim in the article, marked as quotes', () => {
    const normalised = articleText.replace(/[’]/g, '\'')
    const quoted = article.points.filter(p => p.quote)
    expect(quoted.length).toBeGreaterThan(0)
    for (const p of quoted) {
      expect(normalised, p.id).toContain(p.quote!.replace(/[’]/g, '\''))
      expect(p.text, `${p.id} must show its quote in quotation marks`).toContain(`“${p.quote}”`)
      expect(p.quote!.split(' ').length).toBeLessThanOrEqual(8)
    }
  })

  it('paraphrases: no point copies a run of ten words from the article', () => {
    const words = (s: string) => s.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').split(/\s+/).filter(Boolean)
    const source = ` ${words(articleText).join(' ')} `
    for (const text of [...article.points.map(p => p.text), ...article.faq.flatMap(f => [f.question, f.answer])]) {
      const w = words(text)
      for (let i = 0; i + 10 <= w.length; i++)
        expect(source.includes(` ${w.slice(i, i + 10).join(' ')} `), `copied run in: ${text}`).toBe(false)
    }
  })

  it('keeps prose points and list items apart', () => {
    expect(sectionPoints(article, 'august-call').every(p => !p.list)).toBe(true)
  })
})
