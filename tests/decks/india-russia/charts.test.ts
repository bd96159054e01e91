// The India–Russia deck's record charts as its slides draw them (tariff-record.md,
// crude-record.md): its own figures and events must leave every label legible. The engine's
// tests check the layout on the fixture deck; these check this deck's data gives it room.
import { describe, expect, it } from 'vitest'
import { overlaps } from '../../../charts/label-place'
import { seriesChart } from '../../../charts/series-chart'
import { stepChart } from '../../../charts/step-chart'
import { eventById, seriesById } from '../../../data'
import { stepChartClashes, valueClashes } from '../../charts/legibility'
import { article } from '../../deck-under-test'

const events = (...ids: string[]) => ids.map(id => eventById(article, id))

describe('the India–Russia deck\'s charts', () => {
  it('sets every label of the tariff chart inside it, clear of the line, the markers, each other and the gridlines', () => {
    const chart = stepChart(seriesById(article, 'us-tariff-india'), { from: '2025-04', to: '2026-09', events: events('supreme-court-ieepa', 'section-122-end'), until: 'section-122-end', recordThrough: article.meta.recordThrough })
    expect(chart.crowded).toEqual([])
    expect(stepChartClashes(chart)).toEqual([])
    for (const g of chart.gridlines) {
      for (const l of chart.labels)
        expect(overlaps({ x1: g.from, y1: g.y, x2: g.to, y2: g.y }, l.box), `${g.y} and ${l.for}`).toBe(false)
    }
  })

  it('keeps each value of the crude chart clear of the line, the event lines and the other values', () => {
    const chart = seriesChart(seriesById(article, 'india-russian-crude'), { from: '2025-06', events: events('rosneft-lukoil-sanctions', 'hormuz-closure') })
    expect(valueClashes(chart)).toEqual([])
  })
})
