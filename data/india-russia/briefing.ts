// The ten-minute briefing's own words: the bottom line first, one short sentence per
// heading, each resting on the article's sections, the checks or dated events (context.ts);
// then the events it shows as changes since publication and as open questions.

import type { ArticleInput } from '../schema'

export const briefing = {
  // The briefing note's opening: the article in three sentences, each naming its sections.
  inThree: [
    { text: 'KumDi.com reports that after the United States raised its tariff on Indian goods to 50%, Modi and Putin pledged in an 8 August call to deepen their strategic partnership.', sections: ['standfirst', 'introduction', 'august-call'] },
    { text: 'The article names energy, defence and trade as the ties to grow, and expects Putin to visit India before the end of 2025 to seal agreements.', sections: ['energy', 'defence', 'trade', 'putin-visit'] },
    { text: 'It presents the turn to Moscow as India guarding its strategic autonomy against US pressure, not as India taking sides.', sections: ['india-response', 'strategic-autonomy', 'conclusion'] },
  ],
  bottomLine: [
    { id: 'bottom-claim', label: 'Claims', text: 'India answered US tariffs by moving closer to Russia.', sections: ['standfirst', 'india-response'] },
    { id: 'bottom-held', label: 'Held up', text: 'Putin\'s December visit did; most tariff details did not.', checks: ['check-visit', 'check-first-tariff', 'check-sectors'] },
    { id: 'bottom-changed', label: 'Since', text: 'Extra 25% lifted in February 2026; Russian oil dipped, then rebounded.', events: ['extra-tariff-lifted', 'crude-falls', 'crude-rebounds'] },
    { id: 'bottom-watch', label: 'Watch', text: 'US tariffs after July 2026; Putin\'s planned BRICS trip.', events: ['section-122-end', 'brics-summit'] },
  ],
  changes: ['putin-state-visit', 'extra-tariff-lifted', 'supreme-court-ieepa', 'crude-rebounds'],
  watch: ['section-301-proposal', 'section-122-end', 'brics-summit'],
} satisfies ArticleInput['briefing']
