// Dated figures from ../shared/research/ (facts.md section C, and the update to July 2026),
// each with its period, value (or range where sources disagree), unit, sources and the
// research's confidence label: two or more sources for a figure is multi-source.

import type { ArticleInput } from '../schema'

const BS_KPLER_TABLE = 'https://www.business-standard.com/economy/news/russian-oil-imports-india-four-year-low-refinery-shutdown-tariff-chaos-126030100323_1.html'

export const series = [
  {
    id: 'us-tariff-india',
    title: 'US tariff on Indian goods that are not exempt',
    points: [
      { period: '2025-04', value: 10, unit: '%', note: 'global baseline', sources: ['https://observerodisha.com/india-us-interim-trade-deal-likely-by-july-8-ahead-of-tariff-deadline/'], confidence: 'single-source' },
      { period: '2025-08-07', value: 25, unit: '%', note: 'reciprocal rate in force', sources: ['https://thefederal.com/category/international/donald-trump-reciprocal-tariffs-199593', 'https://www.strtrade.com/trade-news-resources/str-trade-report/trade-report/august/additional-tariff-on-imports-from-india-detailed'], confidence: 'multi-source' },
      { period: '2025-08-27', value: 50, unit: '%', note: 'extra 25% over Russian oil in force', sources: ['https://particle.news/story/us-doubles-tariffs-on-indian-imports-to-50-as-measure-takes-effect', 'https://menafn.com/1110708293/US-To-Remove-Additional-25-Duty-On-Indian-Goods-From-Feb-7'], confidence: 'multi-source' },
      { period: '2026-02-02', value: 18, unit: '%', status: 'agreed', note: 'agreed in the February framework; not shown to have taken effect', sources: ['https://www.business-standard.com/markets/capital-market-news/u-s-and-india-reach-framework-for-interim-trade-agreement-to-boost-reciprocal-market-access-and-supply-chain-resilience-126020700454_1.html', 'https://indianexpress.com/article/explained/explained-economics/us-tariffs-hike-to-15-where-india-others-stand-10545595/'], confidence: 'contested' },
      { period: '2026-02-07', value: 25, unit: '%', note: 'extra 25% lifted', sources: ['https://menafn.com/1110708293/US-To-Remove-Additional-25-Duty-On-Indian-Goods-From-Feb-7', 'https://www.ndtvprofit.com/economy/india-us-trade-deal-to-be-finalised-by-march-former-secretary-rajesh-agarwal-11011096'], confidence: 'multi-source' },
      { period: '2026-02-24', value: 10, unit: '%', note: 'IEEPA tariffs void; Section 122 surcharge (some firms wrote 15%)', sources: ['https://www.smetimes.in/smetimes/in-depth/2026/Feb/21/10-pc-us-tariffs.html', 'https://www.craneww.com/knowledge-center/trade-advisory-notices/temporary-10-import-duty-imposed-under-section-122-of-the-trade-act-of-1974'], confidence: 'contested' },
      { period: '2026-06-02', value: 12.5, unit: '%', status: 'proposed', note: 'extra Section 301 duty proposed, not in force', sources: ['https://crichindinews.com/sound-of-global-trade-war-americas-section-301-hunter-proposes-new-tariffs-on-many-countries-including-india/', 'https://c4scourses.in/international-affairs/ustr-proposes-12-5-per-cent-additional-tariff-on-india/'], confidence: 'multi-source' },
    ],
  },
  {
    id: 'india-russian-crude',
    title: 'India\'s imports of Russian crude',
    points: [
      { period: '2022-01', value: 0.068, unit: 'mb/d', note: 'before the invasion of Ukraine', sources: ['https://www.millenniumpost.in/business/surge-in-indias-russian-oil-imports-under-spotlight-after-trump-tariffs-621075'], confidence: 'single-source' },
      { period: '2025-06', value: 2.08, unit: 'mb/d', note: 'Kpler', sources: ['https://cargoinsights.co/indias-russian-oil-imports-hit-11-month-high-despite-us-tariff-pressure'], confidence: 'single-source' },
      { period: '2025-07', value: 1.5, unit: 'mb/d', sources: ['https://www.business-standard.com/economy/news/india-s-russia-oil-imports-slump-us-crude-purchases-rise-in-july-125080100031_1.html', 'https://www.millenniumpost.in/business/surge-in-indias-russian-oil-imports-under-spotlight-after-trump-tariffs-621075'], confidence: 'multi-source' },
      { period: '2025-08', value: 1.62, unit: 'mb/d', sources: ['https://www.trtworld.com/article/ed1aa429de8c', 'https://www.businesstoday.in/world/us/story/donald-trump-claims-pm-modi-assured-him-of-no-more-russian-oil-now-we-got-to-get-china-498345-2025-10-16'], confidence: 'multi-source' },
      { period: '2025-09', value: 1.62, unit: 'mb/d', sources: ['https://www.trtworld.com/article/ed1aa429de8c', 'https://www.businesstoday.in/world/us/story/donald-trump-claims-pm-modi-assured-him-of-no-more-russian-oil-now-we-got-to-get-china-498345-2025-10-16'], confidence: 'multi-source' },
      { period: '2025-11', low: 1.84, high: 1.86, unit: 'mb/d', sources: ['https://www.europesays.com/?p=2666111', BS_KPLER_TABLE], confidence: 'multi-source' },
      { period: '2025-12', low: 1.1, high: 1.27, unit: 'mb/d', note: 'one outlet gives 1.38', sources: ['https://www.outlookbusiness.com/economy-and-policy/indian-imports-of-russian-oil-decline-in-december-reliance-may-limit-the-fall', 'https://www.europesays.com/?p=2666111', 'https://english.revoi.in/russian-oil-the-us-to-remove-additional-25-penalty-on-india-from-feb-7'], confidence: 'contested' },
      { period: '2026-01', value: 1.19, unit: 'mb/d', sources: [BS_KPLER_TABLE, 'https://english.revoi.in/russian-oil-the-us-to-remove-additional-25-penalty-on-india-from-feb-7', 'https://kyivindependent.com/real-money-how-the-war-in-the-middle-east-exposed-indias-dependence-on-russian-oil/'], confidence: 'multi-source' },
      { period: '2026-02', low: 1.04, high: 1.117, unit: 'mb/d', note: '1.04 may cover only the first 11 days', sources: [BS_KPLER_TABLE, 'https://www.khaleejtimes.com/world/asia/india-import-russia-oil-up-50-in-march-us-israel-iran-war', 'https://www.business-standard.com/markets/commodities/india-s-russian-oil-buy-surges-50-amid-scramble-to-replace-lost-barrels-126031101246_1.html'], confidence: 'contested' },
      { period: '2026-03', value: 1.5, unit: 'mb/d', note: 'first 11 days of March', sources: ['https://www.khaleejtimes.com/world/asia/india-import-russia-oil-up-50-in-march-us-israel-iran-war', 'https://indianexpress.com/article/business/strait-hormuz-closure-india-russian-oil-imports-surge-rise-crisis-persists-10576516/'], confidence: 'multi-source' },
    ],
  },
  {
    id: 'india-russia-trade',
    title: 'India–Russia goods trade',
    points: [
      { period: 'FY2021-22', value: 8.73, unit: 'USD bn', sources: ['https://www.outlookbusiness.com/economy-and-policy/vladimir-putins-new-delhi-visit-amid-us-pressure-whats-at-stake-for-indiarussia-ties'], confidence: 'single-source' },
      { period: 'FY2023-24', value: 65.7, unit: 'USD bn', sources: ['https://indianewsweek.com/nation/deep-rooted-bond-between-india-and-russia-modis-unique-perspective', 'https://menafn.com/1108820447/Modi-applauds-strong-friendship-with-Russia'], confidence: 'multi-source' },
      { period: 'FY2024-25', value: 68.7, unit: 'USD bn', sources: ['https://www.outlookbusiness.com/economy-and-policy/vladimir-putins-new-delhi-visit-amid-us-pressure-whats-at-stake-for-indiarussia-ties', 'https://www.devdiscourse.com/article/international/3548361-india-russia-forge-stronger-trade-ties-amid-geopolitical-challenges'], confidence: 'multi-source' },
    ],
  },
  {
    id: 'russia-share-india-arms',
    title: 'Russia\'s share of India\'s arms imports (SIPRI)',
    points: [
      { period: '2009/2013', value: 76, unit: '%', sources: ['https://www.russodaily.com/reports/Putin_visits_India_for_defence_trade_talks_999.html'], confidence: 'single-source' },
      { period: '2019/2023', value: 36, unit: '%', sources: ['https://www.russodaily.com/reports/Putin_visits_India_for_defence_trade_talks_999.html'], confidence: 'single-source' },
    ],
  },
] satisfies ArticleInput['series']
