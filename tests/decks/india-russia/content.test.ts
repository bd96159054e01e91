import { describe, expect, it } from 'vitest'
import { listItems } from '../../../data'
import { articleText } from '../../../scripts/lib/shared-material'
import { article } from '../../deck-under-test'
import { itNeeds } from '../../needs-material'

const withArticle = itNeeds(articleText())
const linesOf = (text: string) => text.split('\n').map(l => l.trim())

/** The "- " items the article lists directly under the line that introduces them. */
function bulletsAfter(text: string, intro: string): string[] {
  const lines = linesOf(text)
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

describe('the India–Russia deck\'s content against the article', () => {
  withArticle('has the article\'s 13 sections, each titled section in the article\'s order', (text) => {
    const lines = linesOf(text)
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

  for (const [list, intro] of [
    ['call-takeaways', 'covered several strategic areas'],
    ['defence-talks', 'believed to have included discussions'],
    ['growth-areas', 'Potential trade growth areas'],
    ['visit-announcements', 'likely produce announcements'],
    ['opportunities', 'Opportunities include'],
  ]) {
    withArticle(`list ${list} has as many items as the article lists`, (text) => {
      expect(listItems(article, list)).toHaveLength(bulletsAfter(text, intro).length)
    })
  }

  withArticle('has one FAQ entry per question in the article', (text) => {
    const lines = linesOf(text)
    const questions = lines.slice(lines.indexOf('FAQs')).filter(l => l.endsWith('?'))
    expect(article.faq).toHaveLength(questions.length)
  })
})
