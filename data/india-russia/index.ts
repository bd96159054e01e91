import { defineDeck } from '../define'
import { briefing } from './briefing'
import { assessments, context, meta, prompts, selfCheck } from './context'
import { series } from './series'

// The article's content in our own words. Quoted phrases are verbatim and short;
// everything else paraphrases KumDi.com. The engine validates it when a deck is built.
export default defineDeck({
  deck: {
    title: 'India and Russia after the 2025 US tariffs',
    author: 'Briefing deck team (source article by KumDi.com)',
    keywords: ['India', 'Russia', 'United States', 'tariffs', 'strategic autonomy', 'briefing'],
    tracks: [
      { id: 'us-india', heading: 'US and India: tariffs and talks' },
      { id: 'india-russia', heading: 'India and Russia' },
      { id: 'oil-gulf', heading: 'Oil, sanctions and the Gulf' },
    ],
    // What happened next takes four slides: on one shared time axis every dot stays in its
    // own month, and the busy months of early 2026 need the room (charts/timeline-axis.ts).
    timelinePages: 4,
    variants: [
      { id: 'class', label: 'class lesson', minutes: 45, about: 'KumDi.com\'s article about Modi and Putin deepening ties after US tariffs (mid-August 2025), with a self-check and discussion.' },
      { id: 'briefing', label: 'briefing', minutes: 10, about: 'KumDi.com\'s article about Modi and Putin deepening ties after US tariffs (mid-August 2025), with what held up and what changed since.' },
    ],
  },
  source: {
    title: 'After Trump\'s tariffs on India, Modi and Putin agreed to deepen their strategic partnership',
    outlet: 'KumDi.com',
    published: 'mid-August 2025',
    publishedNote: 'approximate; the page carries no date',
    publishedMonth: '2025-08',
    url: 'https://kumdi.com/world/modi-putin-deepen-partnership-trump-tariffs',
    sections: [
      { id: 'standfirst', heading: 'Summary (standfirst)', short: 'Summary', untitled: true },
      { id: 'introduction', heading: 'Introduction', short: 'Introduction', untitled: true },
      { id: 'tariff-shock', heading: 'The U.S. Tariff Shock: How We Got Here', short: 'The tariff shock' },
      { id: 'india-response', heading: 'India\'s Response: Strategic Autonomy in Action', short: 'India\'s response' },
      { id: 'august-call', heading: 'The August 8 Modi–Putin Call: Key Takeaways', short: 'The 8 August call' },
      { id: 'energy', heading: 'Energy: The Cornerstone of Cooperation', short: 'Energy' },
      { id: 'defence', heading: 'Defense: Beyond Buyer–Seller', short: 'Defence' },
      { id: 'trade', heading: 'Trade Diversification: Reducing U.S. Dependence', short: 'Trade diversification' },
      { id: 'ukraine', heading: 'The Ukraine Question: Walking the Diplomatic Tightrope', short: 'The Ukraine question' },
      { id: 'putin-visit', heading: 'Putin\'s Expected Visit: Why It Matters', short: 'Putin\'s expected visit' },
      { id: 'strategic-autonomy', heading: 'Strategic Autonomy as the Guiding Principle', short: 'Strategic autonomy' },
      { id: 'conclusion', heading: 'Conclusion: The Road Ahead', short: 'Conclusion' },
      { id: 'faqs', heading: 'FAQs', short: 'FAQs' },
    ],
  },

  lists: [
    { id: 'call-takeaways', section: 'august-call', title: 'Five areas the call reportedly covered' },
    { id: 'defence-talks', section: 'defence', title: 'What the call is “believed” to have touched on' },
    { id: 'trade-sectors', section: 'trade', title: 'Sectors for more bilateral trade' },
    { id: 'growth-areas', section: 'trade', title: 'Growth areas reportedly discussed' },
    { id: 'visit-announcements', section: 'putin-visit', title: 'Likely announcement areas' },
    { id: 'opportunities', section: 'conclusion', title: 'Opportunities' },
    { id: 'challenges', section: 'conclusion', title: 'The challenge' },
  ],

  points: [
    // Summary and introduction
    { id: 'summary-pledge', section: 'standfirst', kind: 'reported-fact', text: 'After steep US tariffs, Modi and Putin pledged to deepen the India–Russia strategic partnership across energy, defence and trade.' },
    { id: 'summary-autonomy', section: 'standfirst', kind: 'claim', text: 'The article frames the move as India protecting its strategic autonomy under US economic and political pressure.' },
    { id: 'intro-reaffirm', section: 'introduction', kind: 'reported-fact', quote: 'Special and Privileged Strategic Partnership', text: 'As the article tells it, days after the US imposed 50% tariffs on Indian exports, the two leaders reaffirmed their partnership, which they officially call a “Special and Privileged Strategic Partnership”.' },
    { id: 'intro-escalation', section: 'introduction', kind: 'claim', text: 'The article calls the tariffs one of the sharpest US–India trade escalations in recent years, and attributes them to “former President” Trump.', quote: 'former President' },
    { id: 'intro-signal', section: 'introduction', kind: 'opinion', text: 'It reads Modi\'s direct outreach to Putin as a signal that India will not give way to outside pressure on its national interests.' },

    // The tariff shock
    { id: 'tariff-oil-irritant', section: 'tariff-shock', kind: 'claim', text: 'The dispute began well before August 2025: India\'s purchases of discounted Russian crude, which help hold down its fuel prices, had long irritated Washington.' },
    { id: 'tariff-first-step', section: 'tariff-shock', kind: 'claim', quote: 'undermining U.S. sanctions policy', text: 'According to the article, the administration first put a tariff on several categories of Indian goods in early 2025, saying India\'s oil buying was “undermining U.S. sanctions policy”.' },
    { id: 'tariff-doubled', section: 'tariff-shock', kind: 'claim', text: 'By August the rate had doubled; the article says sectors from textiles to pharmaceuticals and IT services were hit.' },
    { id: 'tariff-reactions', section: 'tariff-shock', kind: 'opinion', quote: 'tough on trade', text: 'Trump\'s supporters hailed the step as “tough on trade”; critics warned it could push away a key US partner in Asia.' },

    // India's response
    { id: 'response-doctrine', section: 'india-response', kind: 'claim', text: 'Strategic autonomy, meaning India takes its own decisions without binding itself to any single bloc, has long guided its foreign policy.' },
    { id: 'response-moscow', section: 'india-response', kind: 'claim', text: 'Instead of yielding, New Delhi moved closer to Moscow, both to offset trade lost in the US and to underline its multi-aligned stance.' },
    { id: 'response-signal', section: 'india-response', kind: 'opinion', text: 'Contacting Putin within days told audiences at home and abroad that ties with Russia are not up for negotiation.' },

    // The 8 August call
    { id: 'call-energy', section: 'august-call', list: 'call-takeaways', label: 'Energy', kind: 'claim', text: 'Keep buying discounted Russian oil, and perhaps buy more.' },
    { id: 'call-defence', section: 'august-call', list: 'call-takeaways', label: 'Defence', kind: 'claim', text: 'Look at new arms purchases and joint production.' },
    { id: 'call-trade', section: 'august-call', list: 'call-takeaways', label: 'Trade', kind: 'claim', text: 'Find sectors where trade could grow free of tariffs.' },
    { id: 'call-ukraine', section: 'august-call', list: 'call-takeaways', label: 'Ukraine', kind: 'reported-fact', text: 'Exchange views on the war while India keeps its neutral position.' },
    { id: 'call-summit', section: 'august-call', list: 'call-takeaways', label: 'Summit', kind: 'reported-fact', text: 'Confirm that Putin is expected in India before the end of 2025.' },
    { id: 'call-invitation', section: 'august-call', kind: 'reported-fact', text: 'The most symbolic moment: Modi formally invited Putin to India, probably for the 23rd India–Russia Annual Summit.' },

    // Energy
    { id: 'energy-driver', section: 'energy', label: 'Discounted crude imports', kind: 'claim', text: 'Energy security is the strongest force behind the relationship; since 2022 India has multiplied its intake of discounted Russian oil.' },
    { id: 'energy-india-benefit', section: 'energy', kind: 'claim', text: 'For India, cheap crude has eased inflation and kept supply steady in volatile markets.' },
    { id: 'energy-russia-benefit', section: 'energy', kind: 'claim', text: 'For Russia, India is a reliable, growing buyer while Western customers have cut back sharply.' },
    { id: 'energy-shield', section: 'energy', kind: 'opinion', text: 'Deeper energy ties, the article argues, shield both countries from Western sanctions and market swings.' },

    // Defence
    { id: 'defence-customer', section: 'defence', kind: 'reported-fact', text: 'India is among Russia\'s biggest arms buyers, with decades of work together on aircraft, warships and missiles.' },
    { id: 'defence-s400', section: 'defence', kind: 'reported-fact', text: 'Its purchase of the S-400 air-defence system drew US criticism under the CAATSA sanctions law.' },
    { id: 'defence-fighter', section: 'defence', list: 'defence-talks', label: 'Next-gen fighter', kind: 'claim', text: 'Jointly developing a next-generation fighter aircraft.' },
    { id: 'defence-naval', section: 'defence', list: 'defence-talks', label: 'Naval exercises', kind: 'claim', text: 'More joint naval exercises.' },
    { id: 'defence-hypersonic', section: 'defence', list: 'defence-talks', label: 'Hypersonic tech', kind: 'claim', text: 'Transfer of hypersonic missile technology.' },
    { id: 'defence-cyber-space', section: 'defence', list: 'defence-talks', label: 'Cyber and space', kind: 'claim', text: 'Cooperation on cybersecurity and space.' },
    { id: 'defence-anchor', section: 'defence', kind: 'opinion', text: 'Such projects would modernise India\'s forces and tie its military supply chain to a partner it trusts.' },

    // Trade
    { id: 'trade-offset', section: 'trade', kind: 'claim', text: 'The tariff fight shows why India needs more trading partners: selling more to Russia could make up some of the business lost in the US.' },
    { id: 'trade-agriculture', section: 'trade', list: 'trade-sectors', label: 'Agriculture', kind: 'claim', text: 'Farm products.' },
    { id: 'trade-fertilisers', section: 'trade', list: 'trade-sectors', label: 'Fertilisers', kind: 'claim', text: 'Fertiliser supply.' },
    { id: 'trade-rare-earths', section: 'trade', list: 'trade-sectors', label: 'Rare earths', kind: 'claim', text: 'Rare earth minerals.' },
    { id: 'trade-pharma', section: 'trade', list: 'growth-areas', label: 'Pharmaceuticals', kind: 'claim', text: 'India selling low-cost generic medicines to Russia.' },
    { id: 'trade-it', section: 'trade', list: 'growth-areas', label: 'IT services', kind: 'claim', text: 'Working together on AI, fintech and cybersecurity.' },
    { id: 'trade-manufacturing', section: 'trade', list: 'growth-areas', label: 'Manufacturing', kind: 'claim', text: 'Joint ventures in cars and heavy machinery.' },

    // Ukraine
    { id: 'ukraine-neutrality', section: 'ukraine', kind: 'reported-fact', quote: 'principled neutrality', text: 'Where many countries picked a side, India holds to what the article calls “principled neutrality”: Modi urges talks and de-escalation but does not condemn Moscow outright.' },
    { id: 'ukraine-mediator', section: 'ukraine', kind: 'opinion', text: 'This balance keeps India credible with both the West and Russia and could one day make it a mediator.' },

    // Putin's visit
    { id: 'visit-expected', section: 'putin-visit', kind: 'forecast', text: 'Putin was expected in India before the end of 2025, with dates still under negotiation.' },
    { id: 'visit-energy', section: 'putin-visit', list: 'visit-announcements', label: 'Energy contracts', kind: 'forecast', text: 'Long-term energy contracts.' },
    { id: 'visit-defence', section: 'putin-visit', list: 'visit-announcements', label: 'Defence co-production', kind: 'forecast', text: 'Agreements to co-produce defence equipment.' },
    { id: 'visit-high-tech', section: 'putin-visit', list: 'visit-announcements', label: 'Nuclear and space', kind: 'forecast', text: 'High-technology work in nuclear energy and space.' },
    { id: 'visit-culture', section: 'putin-visit', list: 'visit-announcements', label: 'Culture and education', kind: 'forecast', text: 'Cultural and educational exchanges.' },
    { id: 'visit-symbol', section: 'putin-visit', kind: 'opinion', text: 'A welcome for Putin in New Delhi months after the tariff clash would strongly symbolise India\'s independent course.' },

    // Strategic autonomy
    { id: 'autonomy-core', section: 'strategic-autonomy', kind: 'opinion', text: 'At heart, the partnership restates India\'s doctrine of strategic autonomy.' },
    { id: 'autonomy-multipolar', section: 'strategic-autonomy', kind: 'opinion', text: 'In a multipolar world of shifting alliances, dealing with many partners on its own terms is India\'s greatest asset.' },
    { id: 'autonomy-message', section: 'strategic-autonomy', kind: 'opinion', text: 'The message to Washington: India\'s partnerships rest on mutual benefit, not coercion.' },

    // Conclusion
    { id: 'conclusion-test', section: 'conclusion', kind: 'forecast', text: 'The next months will show how far the two leaders take the renewed partnership.' },
    { id: 'opportunity-energy', section: 'conclusion', list: 'opportunities', label: 'Energy deals', kind: 'forecast', text: 'Winning favourable energy deals.' },
    { id: 'opportunity-tech', section: 'conclusion', list: 'opportunities', label: 'High-tech and defence', kind: 'forecast', text: 'Widening high-tech and defence cooperation.' },
    { id: 'opportunity-trade', section: 'conclusion', list: 'opportunities', label: 'Trade framework', kind: 'forecast', text: 'Building a sturdy framework for bilateral trade.' },
    { id: 'challenge-us', section: 'conclusion', list: 'challenges', label: 'US relations', kind: 'forecast', text: 'Keeping relations with the US in order while drawing closer to Russia.' },
    { id: 'conclusion-path', section: 'conclusion', kind: 'opinion', text: 'For now, the article concludes, India seems set on its own course, tariffs or not.' },
  ],

  steps: {
    title: 'US tariff on Indian goods, as the article reports it',
    unit: '%',
    items: [
      { id: 'tariff-25', section: 'tariff-shock', value: 25, when: 'early 2025 (as the article dates it)', label: 'First tariff' },
      { id: 'tariff-50', section: 'tariff-shock', value: 50, when: 'August 2025', label: 'Rate doubled' },
    ],
  },

  diagrams: [
    {
      id: 'escalation',
      kind: 'sequence',
      title: 'How the article tells the escalation',
      steps: [
        { id: 'since-2022', when: 'Since 2022', label: 'India buys far more discounted Russian crude', section: 'energy' },
        { id: 'early-2025', when: 'Early 2025 (per article)', label: 'First US tariff on Indian goods', section: 'tariff-shock' },
        { id: 'august-2025', when: 'August 2025', label: 'US tariff rate doubled', section: 'tariff-shock' },
        { id: 'call-2025-08-08', when: '8 August 2025', label: 'Modi–Putin phone call', section: 'august-call' },
        { id: 'visit-late-2025', when: 'Before end of 2025', label: 'Putin expected in India', section: 'putin-visit' },
      ],
    },
    {
      id: 'who-sends-what',
      kind: 'actors',
      title: 'Actors and flows',
      actors: [
        { id: 'us', name: 'United States' },
        { id: 'india', name: 'India' },
        { id: 'russia', name: 'Russia' },
      ],
      flows: [
        { id: 'flow-tariffs', from: 'us', to: 'india', label: 'Tariffs on Indian goods', section: 'tariff-shock' },
        { id: 'flow-crude', from: 'russia', to: 'india', label: 'Discounted crude oil', section: 'energy' },
        { id: 'flow-arms', from: 'russia', to: 'india', label: 'Arms and defence technology', section: 'defence' },
        { id: 'flow-exports', from: 'india', to: 'russia', label: 'Medicines, farm goods, services', section: 'trade' },
        { id: 'flow-payments', from: 'india', to: 'russia', label: 'Oil and arms payments', section: 'energy' },
      ],
    },
    {
      id: 'cooperation',
      kind: 'areas',
      title: 'Where the partnership is meant to grow',
      hub: 'India–Russia partnership',
      areas: [
        { id: 'energy', label: 'Energy', points: ['energy-driver', 'visit-energy', 'opportunity-energy'] },
        { id: 'defence', label: 'Defence', points: ['defence-fighter', 'defence-naval', 'defence-hypersonic', 'defence-cyber-space'] },
        { id: 'trade-sectors', label: 'Trade: sectors', points: ['trade-agriculture', 'trade-fertilisers', 'trade-rare-earths'] },
        { id: 'trade-growth', label: 'Trade: growth areas', points: ['trade-pharma', 'trade-it', 'trade-manufacturing'] },
      ],
    },
  ],

  faq: [
    { id: 'faq-why', question: 'Why are Modi and Putin deepening their partnership after the tariffs?', answer: 'To reinforce India–Russia ties in answer to the US tariffs, with energy, defence and trade at the centre.' },
    { id: 'faq-effect', question: 'How do the tariffs affect India–Russia relations?', answer: 'They have nudged India to lean on Russia for steady energy supplies and military cooperation.' },
    { id: 'faq-visit', question: 'Will Putin visit India in 2025?', answer: 'The article said yes: a visit was expected by the end of 2025 to settle energy and defence agreements.' },
    { id: 'faq-energy', question: 'What role does energy play in the partnership?', answer: 'A central one: discounted Russian oil helps keep India\'s economy stable despite US pressure.' },
    { id: 'faq-autonomy', question: 'How does the partnership affect India\'s strategic autonomy?', answer: 'Closer ties with Russia let India stay independent while it balances relations with the US and others.' },
  ],

  context,
  assessments,
  series,
  prompts,
  selfCheck,
  briefing,
  meta,
})
