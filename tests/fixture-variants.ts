// The fixture deck with what some engine tests need and it lacks, made up like it: a
// briefing (BRIEFED), and CROWDED, with more checks, discussed sections and events than
// one slide holds (May 2026 is a crowded month), the timeline over two slides, and a
// second, shorter variant.
import type { ArticleInput } from '../data/schema'
import { validateArticle } from '../data/validate'
import { fixtureData } from './fixture-deck'

const SRC = (page: string) => `https://example.org/${page}`

export const BRIEFED = {
  ...fixtureData,
  briefing: {
    inThree: [
      { text: 'The Example Gazette reports that Riverton\'s council voted seven to two for a footbridge over the river.', sections: ['vote'] },
      { text: 'The bridge would join the market square to the station path, shortening walks and bringing trade.', sections: ['plan'] },
      { text: 'The council expects a builder by spring, and the mayor hopes to open the bridge before winter.', sections: ['next'] },
    ],
    bottomLine: [
      { id: 'bottom-claim', label: 'Claims', text: 'Riverton voted for a footbridge to the station.', sections: ['vote', 'plan'] },
      { id: 'bottom-held', label: 'Held up', text: 'A builder came by spring; the payback is unproven.', checks: ['check-tender', 'check-payback'] },
      { id: 'bottom-watch', label: 'Watch', text: 'The opening planned for November, and the cost dispute.', events: ['opening', 'cost-dispute'] },
    ],
    changes: ['tender-opened', 'builder-chosen'],
    // Not in date order: what to watch first comes first.
    watch: ['opening', 'cost-dispute'],
  },
} satisfies ArticleInput
export const briefed = validateArticle(BRIEFED)

// Four more events in May, on both tracks, among the fixture's own: sorted in below, as the schema wants.
const MAY_EVENTS: NonNullable<ArticleInput['context']> = [
  { id: 'public-meeting', date: '2026-05-04', track: 'council', label: 'A public meeting on the bridge', text: 'Residents question councillors about the design.', sources: [SRC('meeting')], confidence: 'single-source' },
  { id: 'soil-tests', date: '2026-05-06', track: 'works', label: 'Soil tests begin', text: 'Engineers drill on both banks.', sources: [SRC('soil')], confidence: 'multi-source' },
  { id: 'bids-published', date: '2026-05-15', track: 'council', label: 'The bids are published', text: 'The council publishes the three bids it received.', sources: [SRC('bids')], confidence: 'multi-source' },
  { id: 'soil-firm', date: '2026-05-20', track: 'works', label: 'The banks are found firm', text: 'The tests find both banks firm enough for the bridge.', sources: [SRC('soil-results')], confidence: 'multi-source' },
]

export const CROWDED = {
  ...fixtureData,
  deck: {
    ...fixtureData.deck,
    timelinePages: 2,
    // Long enough that the made deck's shortest slide still gets a quarter minute.
    variants: [{ id: 'talk', label: 'talk', minutes: 45 }, { id: 'short', label: 'short talk', minutes: 30 }],
  },
  source: { ...fixtureData.source, sections: [...fixtureData.source.sections, { id: 'reaction', heading: 'How the town took it', short: 'Reaction' }] },
  points: [...fixtureData.points, { id: 'reaction-shops', section: 'reaction', kind: 'opinion', text: 'Shopkeepers on the old road fear losing passing trade.' }],
  assessments: [
    ...fixtureData.assessments!,
    { id: 'check-vote', point: 'vote-result', topic: 'Seven votes to two', verdict: 'accurate', record: 'The council\'s minutes record the vote as seven to two.', sources: [SRC('minutes')] },
    { id: 'check-site', point: 'plan-site', topic: 'Square to station', verdict: 'outdated', record: 'The chosen design lands beside the square, not in it.', sources: [SRC('design')] },
    { id: 'check-shops', point: 'reaction-shops', topic: 'Trade on the old road', verdict: 'wrong', record: 'Takings on the old road rose in the spring.', sources: [SRC('takings')] },
  ],
  prompts: [...fixtureData.prompts!, { id: 'prompt-reaction', section: 'reaction', text: 'Who loses when the walk to the station changes?' }],
  context: [...fixtureData.context!, ...MAY_EVENTS].sort((a, b) => a.date.localeCompare(b.date)),
} satisfies ArticleInput
export const crowded = validateArticle(CROWDED)
