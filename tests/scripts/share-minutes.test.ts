import { describe, expect, it } from 'vitest'
import { shareMinutes } from '../../scripts/lib/slide-list'

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)

describe('a variant\'s minutes shared out over its slides', () => {
  it('follow the slides\' weights and add up to the variant\'s length exactly', () => {
    const shares = shareMinutes([1, 2, 1], 8)
    expect(shares).toEqual([2, 4, 2])
    expect(sum(shareMinutes([0.5, 2, 1.5, 1.5, 2, 0.5], 20))).toBe(20)
  })

  it('give every slide at least a quarter of a minute, however light, in a short variant', () => {
    const weights = [0.5, ...Array.from<number>({ length: 26 }).fill(2), 0.5]
    const shares = shareMinutes(weights, 10)
    expect(Math.min(...shares)).toBe(0.25)
    expect(sum(shares)).toBe(10)
    expect(shares.every(m => Number.isInteger(m * 4))).toBe(true)
  })

  it('refuse a variant too short for its slides, saying how long it must be', () => {
    expect(() => shareMinutes([1, 1, 1, 1, 1], 1)).toThrow('A 1-minute variant cannot give each of its 5 slides a quarter of a minute; make it at least 2 minutes long')
  })
})
