// The fixture deck with a bar chart's series, made up like it. The deck itself has none: the
// deck made from data draws a bar chart alone across a slide, taller than the slide.
import { validateArticle } from '../data/validate'
import { fixtureData } from './fixture-deck'

const SRC = (page: string) => `https://example.org/${page}`

export const withBars = validateArticle({
  ...fixtureData,
  series: [...fixtureData.series!, { id: 'walk-share', title: 'Residents who walk to the station (town survey)', chart: 'bars', points: [
    { period: '2022', value: 31, unit: '%', sources: [SRC('survey-2022')], confidence: 'single-source' },
    // No survey in 2023.
    { period: '2024', value: 38, unit: '%', sources: [SRC('survey-2024'), SRC('survey-2024-report')], confidence: 'multi-source' },
    { period: '2025', value: 41, unit: '%', sources: [SRC('survey-2025'), SRC('survey-2025-report')], confidence: 'multi-source' },
  ] }],
})
