import type { Box } from '../../charts/label-place'
import { describe, expect, it } from 'vitest'
import { candidates, overlaps, Room } from '../../charts/label-place'

const point = (x: number, y: number): Box => ({ x1: x, y1: y, x2: x, y2: y })

describe('candidates', () => {
  it('tries the natural spot first, then slides along the anchor, always touching its span', () => {
    const run = { x1: 100, y1: 50, x2: 160, y2: 50 }
    const above = [...candidates(run, 'above', 40, 20, 5)]
    expect(above[0]).toEqual({ x1: 100, y1: 25, x2: 140, y2: 45 })
    for (const box of above) {
      expect(box.y2).toBe(45)
      expect(box.x2 > run.x1 && box.x1 < run.x2).toBe(true)
    }
    // Nearest first: how far each box lies from the first never shrinks.
    const shifts = above.map(b => Math.abs(b.x1 - 100))
    expect([...shifts].sort((a, b) => a - b)).toEqual(shifts)
  })

  it('centres a label beside a point, then slides it up and down', () => {
    const [first, ...rest] = [...candidates(point(100, 50), 'left', 40, 20, 5)]
    expect(first).toEqual({ x1: 55, y1: 40, x2: 95, y2: 60 })
    for (const box of rest)
      expect(box.y1 < 50 && box.y2 > 50).toBe(true)
  })
})

describe('room', () => {
  it('places a label clear of what is taken, by its margin, inside the bounds', () => {
    const taken = { x1: 100, y1: 20, x2: 140, y2: 45 }
    const room = new Room({ x1: 0, y1: 0, x2: 300, y2: 100 }, [taken], 3)
    const spot = room.place({ x1: 100, y1: 50, x2: 160, y2: 50 }, ['above'], 40, 20, 5)!
    expect(overlaps(spot.box, taken, 3)).toBe(false)
    expect(spot.box.y2).toBe(45)
    // What it placed is taken now: the same label cannot go there twice.
    expect(room.fits(spot.box)).toBe(false)
  })

  it('moves to the next side when one is full, and gives up when all are', () => {
    const room = new Room({ x1: 0, y1: 0, x2: 200, y2: 100 }, [{ x1: 0, y1: 0, x2: 200, y2: 48 }])
    expect(room.place(point(100, 60), ['above', 'below'], 40, 20, 5)?.side).toBe('below')
    expect(new Room({ x1: 0, y1: 0, x2: 50, y2: 50 }).place(point(25, 25), ['above', 'below', 'left', 'right'], 60, 20, 5)).toBeUndefined()
  })

  it('squeezes a label where no spot is free into the one that overlaps least', () => {
    // Above is half blocked, below fully: the least overlap is above, pushed left of the block.
    const room = new Room({ x1: 0, y1: 0, x2: 200, y2: 100 }, [{ x1: 100, y1: 0, x2: 200, y2: 45 }, { x1: 0, y1: 55, x2: 200, y2: 100 }])
    expect(room.place(point(100, 50), ['above', 'below'], 40, 20, 5)).toBeUndefined()
    const spot = room.squeeze(point(100, 50), ['above', 'below'], 40, 20, 5)!
    expect(spot.side).toBe('above')
    expect(spot.box.x2).toBeLessThanOrEqual(103)
    expect(new Room({ x1: 0, y1: 0, x2: 30, y2: 30 }).squeeze(point(15, 15), ['above'], 40, 20, 5)).toBeUndefined()
  })
})
