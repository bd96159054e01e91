import type { ArticleInput } from '../schema'

// The duty on most goods from India, step by step, from the brief's key numbers (section C).
export const series = [
  {
    id: 'us-duty-india',
    title: 'US duty on most goods from India',
    chart: 'steps',
    points: [
      { period: '2025-08-07', value: 25, unit: '%', note: 'reciprocal rate (Order 14326)', sources: ['https://www.govinfo.gov/content/pkg/FR-2025-08-06/html/2025-15010.htm', 'https://news24online.com/world/trump-revises-tariff-rates-pakistan-sees-cut-brazil-syria-worst-hit-no-change-for-india/611091'], confidence: 'multi-source' },
      { period: '2025-08-27', value: 50, unit: '%', note: 'plus Order 14329\'s 25%', sources: ['https://sanctionsnews.bakermckenzie.com/cbp-effectuates-executive-order-increasing-tariffs-by-25-for-a-total-50-on-indian-imports-over-purchases-of-russian-oil', 'https://www.hindustantimes.com/india-news/us-tariffs-impact-what-will-get-expensive-after-trumps-50-hike-and-who-will-pay-101754553017850.html'], confidence: 'multi-source' },
      { period: '2026-02-07', value: 18, unit: '%', note: 'extra 25% lifted; interim framework rate', sources: ['https://menafn.com/1110708293/US-To-Remove-Additional-25-Duty-On-Indian-Goods-From-Feb-7', 'https://www.orissapost.com/us-india-reach-interim-trade-deal-18-us-tariff-on-indian-goods-says-white-house/'], confidence: 'multi-source' },
      { period: '2026-02-24', value: 10, unit: '%', note: 'IEEPA duties ended; Section 122 duty', sources: ['https://theprint.in/economy/indian-goods-face-only-10-pc-reciprocal-levy-in-us-after-court-ruling-new-order-exporters/2860138', 'https://tbh.center/trump-installs-10-global-import-tax-following-supreme-court-ruling-setback'], confidence: 'multi-source' },
    ],
  },
] satisfies ArticleInput['series']
