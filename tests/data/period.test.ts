import { describe, expect, it } from 'vitest'
import { parsePeriod, periodOf } from '../../data/period'

describe('periods of dated series', () => {
  it.each([
    ['2025-08-27', '2025-08-27', '2025-08-27', '27 Aug 2025'],
    ['2025-02', '2025-02-01', '2025-02-28', 'Feb 2025'],
    ['2024-02', '2024-02-01', '2024-02-29', 'Feb 2024'],
    ['2025-Q3', '2025-07-01', '2025-09-30', 'Q3 2025'],
    ['2021', '2021-01-01', '2021-12-31', '2021'],
    ['FY2024-25', '2024-04-01', '2025-03-31', 'FY2024–25'],
    ['FY1999-00', '1999-04-01', '2000-03-31', 'FY1999–00'],
    ['2009/2013', '2009-01-01', '2013-12-31', '2009–13'],
  ])('reads %s as %s to %s, "%s"', (text, start, end, label) => {
    expect(parsePeriod(text)).toEqual({ start, end, label })
  })

  it.each(['2025-13', '2025-02-30', '2025-Q5', 'FY2024-26', '2013/2009', 'Aug 2025', '25-08', ''])('rejects %s', (text) => {
    expect(parsePeriod(text)).toBeUndefined()
    expect(() => periodOf(text)).toThrow(/Not a period/)
  })
})
