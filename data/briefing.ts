// The ten-minute briefing's own words: the bottom line first, one short sentence per
// heading, each resting on the article's sections, the checks or dated events (context.ts);
// then the events it shows as changes since publication and as open questions.

export const briefing = {
  bottomLine: [
    { id: 'bottom-claim', label: 'Claims', text: 'India answered US tariffs by moving closer to Russia.', sections: ['summary', 'india-response'] },
    { id: 'bottom-held', label: 'Held up', text: 'Putin\'s December visit did; most tariff details did not.', checks: ['check-visit', 'check-first-tariff', 'check-sectors'] },
    { id: 'bottom-changed', label: 'Since', text: 'Extra 25% lifted in February 2026; Russian oil dipped, then rebounded.', events: ['extra-tariff-lifted', 'crude-falls', 'crude-rebounds'] },
    { id: 'bottom-watch', label: 'Watch', text: 'US tariffs after July 2026; Putin\'s planned BRICS trip.', events: ['section-122-end', 'brics-summit'] },
  ],
  changes: ['putin-state-visit', 'extra-tariff-lifted', 'supreme-court-ieepa', 'crude-rebounds'],
  watch: ['section-301-proposal', 'section-122-end', 'brics-summit'],
}
