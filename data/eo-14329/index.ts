import { defineDeck } from '../define'
import { briefing } from './briefing'
import { assessments, context, meta, prompts, selfCheck } from './record'
import { series } from './series'

// US Executive Order 14329 (6 August 2025) in our own words, from the source brief in
// ../shared/research/eo-14329-brief.md (researched 2026-12-05). The order's official text
// was not found: what it says comes from secondary sources, each point with its sources
// and, where one source alone gives it, marked so. Sections 1 and 2 are the order's own
// numbers; the other parts are grouped by subject, their section numbers not confirmed.
// Every heading is ours (ownHeading): footers cite them without quotation marks.
const S = {
  indiaToday: 'https://www.indiatoday.in/world/us-news/story/trump-administration-issues-notice-imposing-additional-25-tariffs-indian-goods-august-27-glbs-2776712-2025-08-26',
  tass: 'https://tass.com/economy/1998725',
  directiveWatch: 'https://www.directivewatch.com/article/presidential-actions-addressing-threats-to-us-national-security-from-russia-06-08-25',
  americanFocus: 'https://americanfocus.online/addressing-threats-to-the-united-states-by-the-government-of-the-russian-federation-the-white-house',
  followup: 'https://thefollowup.ai/article/modifying-duties-to-address-threats-to-the-united-states-by-the-government-of-the-russian-federation',
  transmodal: 'https://blog.transmodal.net/further-clarification-on-additional-tariffs-on-indian-imports?hs_amp=true',
  menafnHits: 'https://menafn.com/1109894970/Trump-Hits-India-With-25-Additional-Tariff-Over-Russian-Oil-Warns-Retaliation-Will-Trigger-Further-Action',
  indiaLooks: 'https://www.theindialooks.com/news/trump-raises-duties-on-indian-goods-by-50/?amp=1',
  baker: 'https://sanctionsnews.bakermckenzie.com/cbp-effectuates-executive-order-increasing-tariffs-by-25-for-a-total-50-on-indian-imports-over-purchases-of-russian-oil',
  str: 'https://www.strtrade.com/trade-news-resources/str-trade-report/trade-report/august/additional-tariff-on-imports-from-india-detailed',
  greenWorldwide: 'https://www.greenworldwide.com/cbp-announces-25-duty-implementation-on-indian-products-under-executive-order-14329',
  sobel: 'https://www.sobelnet.com/cbp-issues-guidance-on-new-tariffs-for-imports-from-india',
  menafnMonitor: 'https://menafn.com/1109894816/US-To-Monitor-Russian-Oil-Exports-To-Other-Countries-Executive-Order',
  itt: 'https://internationaltradetoday.com/topic/section_301_tariff_exclusions?BC=bc_684c64dd1f14f&p=7&search_id=12847',
  dna: 'https://www.dnaindia.com/india/report-us-issues-notice-to-india-ahead-of-donald-trump-s-50-tariffs-deadline-3177740',
  jmRodgers: 'https://www.jmrodgers.com/new-25-tariff-on-india-for-russian-oil-imports-duty-drawback-still-eligible',
  itInsights: 'https://www.internationaltradeinsights.com/?p=12982',
  seww: 'https://www.sewwglobal.com/news/w4r5xhc5zdygcwa-x3w4s-jnmxe-38ld2-5kykm-b9ang-hxg7a-cftcm-rj7cn-hpl9k-69ab8-jcdnp-ay7wc',
} as const

export default defineDeck({
  deck: {
    title: 'Executive Order 14329: the extra US duty on India, and what became of it',
    author: 'Briefing deck team (from public reporting on the order)',
    keywords: ['Executive Order 14329', 'IEEPA', 'India', 'Russian oil', 'tariffs', 'briefing'],
    kicker: 'A close reading of a US executive order',
    tracks: [
      { id: 'order', heading: 'The order and the orders after it' },
      { id: 'courts', heading: 'Courts and refunds' },
      { id: 'talks', heading: 'India and the US' },
    ],
    timelinePages: 3,
    variants: [
      { id: 'class', label: 'class lesson', minutes: 25, about: 'what Executive Order 14329 said, what it imposed on India and why, and what became of it, with a self-check and discussion.' },
      { id: 'briefing', label: 'briefing', minutes: 10, about: 'Executive Order 14329\'s extra duty on India: the bottom line, what the order did, and how it ended.' },
    ],
  },
  source: {
    title: 'Executive Order 14329: Addressing Threats to the United States by the Government of the Russian Federation',
    outlet: 'The White House',
    noun: 'order',
    published: '6 August 2025',
    publishedNote: 'the day it was signed; its official text was not found, and this deck gives it as secondary sources report it',
    publishedMonth: '2025-08',
    url: S.americanFocus,
    sections: [
      { id: 'basis', heading: 'Legal basis (as reported)', short: 'Legal basis', ownHeading: true },
      { id: 'sec-1', heading: 'Section 1: the emergency it builds on', short: 'Section 1', ownHeading: true },
      { id: 'sec-2', heading: 'Section 2: an extra duty on goods from India', short: 'Section 2', ownHeading: true },
      { id: 'timing', heading: 'When the duty applied (section number not confirmed)', short: 'When it applied', ownHeading: true },
      { id: 'coverage', heading: 'What it covered and what it spared (section number not confirmed)', short: 'What it covered', ownHeading: true },
      { id: 'others', heading: 'Other buyers of Russian oil (section number not confirmed)', short: 'Other buyers', ownHeading: true },
      { id: 'amendments', heading: 'How the order could change (section number not confirmed)', short: 'How it could change', ownHeading: true },
      { id: 'enforcement', heading: 'Putting it into effect (section number not confirmed)', short: 'Putting it into effect', ownHeading: true },
    ],
  },
  points: [
    { id: 'basis-laws', section: 'basis', kind: 'reported-fact', text: 'The order rests on the emergency-powers law (IEEPA), the National Emergencies Act, section 604 of the Trade Act of 1974 and the President\'s power to delegate.', sources: [S.directiveWatch, S.americanFocus], confidence: 'multi-source' },
    { id: 'sec1-emergency', section: 'sec-1', kind: 'reported-fact', text: 'It builds on the national emergency over Russia declared in April 2021 (Executive Order 14024) and widened in March 2022 (Executive Order 14066), which banned imports of Russian crude and petroleum; that emergency continues.', sources: [S.americanFocus, S.followup], confidence: 'multi-source' },
    { id: 'sec2-finding', section: 'sec-2', kind: 'claim', quote: 'directly or indirectly importing Russian Federation oil', text: 'It finds that India buys Russian oil, directly or through others, and treats that as a reason to act against India.', sources: [S.tass, S.menafnHits, S.indiaLooks], confidence: 'multi-source' },
    { id: 'sec2-duty', section: 'sec-2', kind: 'reported-fact', text: 'It adds a 25% duty, charged on value, to goods from India.', sources: [S.tass, S.menafnHits, S.indiaLooks], confidence: 'multi-source' },
    { id: 'timing-start', section: 'timing', kind: 'reported-fact', text: 'The duty starts 21 days after the order, at one minute past midnight US Eastern time on 27 August 2025.', sources: [S.indiaLooks, S.baker, S.str], confidence: 'multi-source' },
    { id: 'timing-transit', section: 'timing', kind: 'reported-fact', text: 'Goods already on their way are spared if loaded before 27 August and entered before 17 September 2025.', sources: [S.indiaLooks, S.baker, S.greenWorldwide], confidence: 'multi-source' },
    { id: 'coverage-stacks', section: 'coverage', kind: 'reported-fact', text: 'The duty comes on top of the reciprocal duty and every other duty, anti-dumping and countervailing duties included.', sources: [S.transmodal, S.str], confidence: 'multi-source' },
    { id: 'coverage-exempt', section: 'coverage', kind: 'reported-fact', text: 'Spared: goods under Section 232 duties, items the emergency-powers law itself exempts, goods listed in the reciprocal-tariff order\'s Annex II, and some special customs categories.', sources: [S.baker, S.str, S.sobel], confidence: 'multi-source' },
    { id: 'coverage-ftz', section: 'coverage', kind: 'reported-fact', text: 'Goods entering US foreign-trade zones must be admitted with privileged foreign status.', sources: [S.indiaLooks, S.greenWorldwide, S.sobel], confidence: 'multi-source' },
    { id: 'others-review', section: 'others', kind: 'reported-fact', text: 'The Commerce Department, with State and the Treasury, is to find out which other countries buy Russian oil and may recommend the same 25% for them.', sources: [S.tass, S.menafnMonitor], confidence: 'multi-source' },
    { id: 'amendments-retaliation', section: 'amendments', kind: 'reported-fact', text: 'If a country hits back, the President may change the order.', sources: [S.tass, S.menafnHits], confidence: 'multi-source' },
    { id: 'amendments-russia', section: 'amendments', kind: 'reported-fact', quote: 'significant steps', text: 'If Russia takes what the order calls significant steps, the President may change it further.', sources: [S.itt], confidence: 'single-source' },
    { id: 'enforce-codes', section: 'enforcement', kind: 'reported-fact', text: 'New tariff headings carry it: 9903.01.84 for the 25%, 9903.01.85 for goods in transit, 9903.01.86 to .89 for the exemptions.', sources: [S.transmodal, S.greenWorldwide], confidence: 'multi-source' },
    { id: 'enforce-cbp', section: 'enforcement', kind: 'reported-fact', text: 'US Customs puts it into effect: a public notice on 26 August 2025, and refunds of the duty on re-exported goods (drawback) allowed.', sources: [S.indiaToday, S.dna, S.sobel, S.jmRodgers], confidence: 'multi-source' },
  ],
  context,
  assessments,
  series,
  prompts,
  selfCheck,
  briefing,
  meta,
})
