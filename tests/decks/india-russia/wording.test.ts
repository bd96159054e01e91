import { describe, expect, it } from 'vitest'
import { article } from '../../deck-under-test'

// What we wrote about the record (events, checks, prompts) is read long after it was
// written: "fifteen months on" or "last year" turn false without anyone editing them.
const RELATIVE_TIME = /\b(?:\w+ (?:days|weeks|months|years) (?:on|ago|later)|(?:last|this|next) (?:week|month|year)|nowadays|currently)\b/i

describe('the wording of the India–Russia deck\'s record', () => {
  it('dates things instead of counting from today', () => {
    const texts = [
      ...article.context.flatMap(e => [e.label, e.text]),
      ...article.assessments.flatMap(c => [c.topic, c.record]),
      ...article.prompts.map(p => p.text),
    ]
    expect(texts.filter(t => RELATIVE_TIME.test(t))).toEqual([])
  })

  it('names each claim check distinctly, so lists of checks never show two alike', () => {
    const labels = article.assessments.map(c => c.topic.toLowerCase())
    expect(new Set(labels).size).toBe(labels.length)
  })
})
