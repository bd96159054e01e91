import type { ArticleInput } from '../schema'

// The briefing's own lines: the bottom line first, each resting on the order's sections,
// the checks or dated events.
export const briefing = {
  inThree: [
    { text: 'On 6 August 2025 Executive Order 14329 put an extra 25% duty on goods from India, citing India\'s purchases of Russian oil under a national emergency over Russia.', sections: ['sec-1', 'sec-2'] },
    { text: 'From 27 August most Indian goods faced 50% in all, with goods in transit, Section 232 goods and a few other categories spared.', sections: ['timing', 'coverage'] },
    { text: 'It could be widened to other buyers of Russian oil, or changed if a country hit back or Russia took significant steps; US Customs put it into effect.', sections: ['others', 'amendments', 'enforcement'] },
  ],
  bottomLine: [
    { id: 'bottom-what', label: 'The order', text: 'An extra 25% on Indian goods over Russian oil.', sections: ['sec-2'] },
    { id: 'bottom-end', label: 'Its end', text: 'Lifted from 7 February 2026, after a claimed oil pledge.', events: ['eo-14384', 'oil-claim'] },
    { id: 'bottom-courts', label: 'The courts', text: 'IEEPA duties struck down; refunds for this one unsettled.', checks: ['check-legal-basis'], events: ['learning-resources', 'refunds-suspended'] },
    { id: 'bottom-watch', label: 'Watch', text: 'Refund rules, and whether the 25% returns.', events: ['refunds-suspended', 'eo-14384'] },
  ],
  changes: ['duty-in-force', 'eo-14384', 'learning-resources', 'ending-order', 'section-122'],
  watch: ['refunds-suspended', 'section-122-end'],
} satisfies ArticleInput['briefing']
