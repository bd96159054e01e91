import { defineDeck } from '../../../data/define'

// A neutral deck made for the engine's tests: a made-up local news story, nothing real.
// It has every part but a briefing (the optional part it lacks), two timeline tracks on
// one timeline page, and no slide files: the engine makes its whole deck from this data.
const SRC = (page: string) => `https://example.org/${page}`

export default defineDeck({
  deck: {
    title: 'A bridge for Riverton',
    tracks: [
      { id: 'council', heading: 'The council' },
      { id: 'works', heading: 'The works' },
    ],
  },
  source: {
    title: 'Riverton votes for a new footbridge',
    outlet: 'The Example Gazette',
    published: 'March 2026',
    publishedNote: 'the web edition gives no day',
    publishedMonth: '2026-03',
    url: SRC('riverton-footbridge'),
    sections: [
      { id: 'vote', heading: 'The vote', short: 'The vote' },
      { id: 'plan', heading: 'The plan', short: 'The plan' },
      { id: 'next', heading: 'What comes next', short: 'Next' },
    ],
  },
  lists: [
    { id: 'benefits', section: 'plan', title: 'What the bridge is for' },
  ],
  points: [
    { id: 'vote-result', section: 'vote', kind: 'reported-fact', text: 'The town council voted seven to two for a footbridge over the river.' },
    { id: 'vote-cost', section: 'vote', kind: 'claim', text: 'Supporters said the bridge would pay for itself within ten years.' },
    { id: 'plan-site', section: 'plan', kind: 'reported-fact', text: 'The bridge would join the market square to the station path.' },
    { id: 'benefit-walk', section: 'plan', kind: 'claim', list: 'benefits', label: 'Shorter walks', text: 'Walks to the station would be ten minutes shorter.' },
    { id: 'benefit-trade', section: 'plan', kind: 'forecast', list: 'benefits', label: 'More trade', text: 'Market stalls would gain customers from the station.' },
    { id: 'next-tender', section: 'next', kind: 'forecast', label: 'A tender in spring', text: 'The council expects to choose a builder in the spring.' },
    { id: 'next-open', section: 'next', kind: 'opinion', label: 'Open by winter', text: 'The mayor hopes to open the bridge before winter.' },
  ],
  steps: {
    title: 'The bridge\'s budget, as the article gives it',
    unit: 'k',
    items: [
      { id: 'budget-first', section: 'vote', value: 400, when: 'first estimate', label: 'Estimate' },
      { id: 'budget-agreed', section: 'vote', value: 520, when: 'as voted', label: 'Agreed' },
    ],
  },
  diagrams: [
    { id: 'road-to-vote', kind: 'sequence', title: 'How the article tells the road to the vote', steps: [
      { id: 'idea', when: 'Last year', label: 'Residents ask for a crossing', section: 'vote' },
      { id: 'study', when: 'January', label: 'A study costs the options', section: 'plan' },
      { id: 'ballot', when: 'March', label: 'The council votes', section: 'vote' },
    ] },
    { id: 'who-pays', kind: 'actors', title: 'Who gives what', actors: [
      { id: 'council', name: 'Council' },
      { id: 'builder', name: 'Builder' },
      { id: 'residents', name: 'Residents' },
    ], flows: [
      { id: 'money', from: 'council', to: 'builder', label: 'Payment', section: 'plan' },
      { id: 'taxes', from: 'residents', to: 'council', label: 'Local taxes', section: 'vote' },
    ] },
    { id: 'gains', kind: 'areas', title: 'What the bridge is meant to bring', hub: 'The footbridge', areas: [
      { id: 'people', label: 'People', points: ['benefit-walk'] },
      { id: 'trade', label: 'Trade', points: ['benefit-trade'] },
      { id: 'timing', label: 'Timing', points: ['next-tender', 'next-open'] },
    ] },
  ],
  faq: [
    { id: 'faq-why', question: 'Why a footbridge?', answer: 'To shorten the walk from the market to the station.' },
    { id: 'faq-when', question: 'When will it open?', answer: 'The mayor hopes before winter; nothing is signed yet.' },
    { id: 'faq-cost', question: 'Who pays for it?', answer: 'The council, from local taxes; the builder is paid in stages.' },
  ],
  context: [
    { id: 'tender-opened', date: '2026-04-02', track: 'council', label: 'The council opens the tender', text: 'Builders are invited to bid for the bridge.', sources: [SRC('tender')], confidence: 'multi-source' },
    { id: 'survey-done', date: '2026-04-20', track: 'works', label: 'The riverbank survey is done', text: 'Engineers finish surveying both banks.', sources: [SRC('survey')], confidence: 'single-source' },
    { id: 'cost-dispute', date: '2026-05-11', track: 'council', label: 'Councillors dispute the new cost', text: 'Two councillors say the cost has risen; the council says it has not.', sources: [SRC('cost-a'), SRC('cost-b')], confidence: 'contested' },
    { id: 'builder-chosen', date: '2026-05-28', track: 'works', label: 'A builder is chosen', text: 'The council names the builder.', sources: [SRC('builder')], confidence: 'multi-source' },
    { id: 'opening', date: '2026-11-30', track: 'works', status: 'planned', label: 'Opening planned', text: 'The council plans to open the bridge at the end of November.', sources: [SRC('opening')], confidence: 'multi-source' },
    { id: 'toll-ends', date: '2026-12-31', track: 'council', status: 'scheduled', label: 'The old bridge\'s toll is due to end', text: 'Under the old bridge\'s charter, its toll ends with the year.', sources: [SRC('toll-charter')], confidence: 'multi-source' },
  ],
  assessments: [
    { id: 'check-payback', point: 'vote-cost', topic: 'Paying for itself', verdict: 'unverifiable', record: 'No study of the bridge\'s returns was published.', sources: [SRC('returns')] },
    { id: 'check-tender', point: 'next-tender', topic: 'A builder by spring', verdict: 'accurate', record: 'A builder was chosen at the end of May.', sources: [SRC('builder')] },
    { id: 'check-walk', point: 'benefit-walk', topic: 'Ten minutes saved', verdict: 'imprecise', record: 'The survey puts the saving at six to ten minutes.', sources: [SRC('survey')] },
  ],
  prompts: [
    { id: 'prompt-vote', section: 'vote', text: 'What would you want to know before voting for the bridge?' },
    { id: 'prompt-plan', section: 'plan', text: 'Who gains most from a shorter walk to the station?' },
    { id: 'prompt-next', section: 'next', text: 'Is a hope to open before winter a promise?' },
  ],
  series: [
    { id: 'footfall', title: 'People crossing the old road bridge each day', points: [
      { period: '2025-03', value: 900, unit: 'people', note: 'a year before the vote', sources: [SRC('count-2025')], confidence: 'single-source' },
      { period: '2026-01', value: 1200, unit: 'people', sources: [SRC('count-jan')], confidence: 'multi-source' },
      { period: '2026-02', value: 1280, unit: 'people', sources: [SRC('count-feb')], confidence: 'multi-source' },
      { period: '2026-03', value: 1350, unit: 'people', sources: [SRC('count-mar')], confidence: 'single-source' },
      { period: '2026-05', low: 1150, high: 1350, unit: 'people', note: 'two counts disagree', sources: [SRC('count-may-a'), SRC('count-may-b')], confidence: 'contested' },
    ] },
    { id: 'toll', title: 'The old bridge\'s toll for people on foot', chart: 'steps', points: [
      { period: '2025-04', value: 40, unit: 'cents', note: 'the toll when the counts began', sources: [SRC('toll')], confidence: 'single-source' },
      { period: '2025-06-02', value: 80, unit: 'cents', note: 'doubled by a repair surcharge', sources: [SRC('toll-repairs'), SRC('toll-repairs-notice')], confidence: 'multi-source' },
      { period: '2026-01-12', value: 70, unit: 'cents', status: 'agreed', note: 'agreed with the bridge company; not shown to have taken effect', sources: [SRC('toll-deal'), SRC('toll-deal-doubt')], confidence: 'contested' },
      { period: '2026-02-16', value: 40, unit: 'cents', note: 'repair surcharge lifted', sources: [SRC('toll-lifted'), SRC('toll-lifted-notice')], confidence: 'multi-source' },
      { period: '2026-03-02', value: 60, unit: 'cents', status: 'proposed', note: 'a rise proposed to help pay for the footbridge', sources: [SRC('toll-proposal')], confidence: 'multi-source' },
      { period: '2026-04-13', value: 20, unit: 'cents', note: 'halved after the tender; some walkers say they still paid 40', sources: [SRC('toll-cut'), SRC('toll-cut-doubt')], confidence: 'contested' },
    ] },
    { id: 'walk-share', title: 'Residents who walk to the station (town survey)', chart: 'bars', points: [
      { period: '2022', value: 31, unit: '%', sources: [SRC('survey-2022')], confidence: 'single-source' },
      // No survey in 2023.
      { period: '2024', value: 38, unit: '%', sources: [SRC('survey-2024'), SRC('survey-2024-report')], confidence: 'multi-source' },
      { period: '2025', value: 41, unit: '%', sources: [SRC('survey-2025'), SRC('survey-2025-report')], confidence: 'multi-source' },
    ] },
  ],
  selfCheck: ['check-payback', 'check-walk'],
  meta: { verifiedOn: '2026-06-15', recordThrough: '2026-05-28' },
})
