/**
 * The search relevance set: what people type, each with the page (and for most, the section) that
 * should come first. Run against the built index by tests/built/search-relevance.test.ts.
 *
 * - sentence: one sentence copied verbatim from a section of each guide, both drawn at random
 *   (a seeded pick over every section that holds a sentence of 10 to 30 words, deep ones included);
 * - paraphrase: the idea of one section in other words;
 * - name: a framework's, book's or author's name, expecting the guide that explains it;
 * - question: an interview question as someone remembers it, expecting the question's own page
 *   (questions are indexed there, not on their guide);
 * - typo: a misspelt topic, expecting its guide.
 *
 * Where a name or an idea is explained by two guides (Conway's law, one-way and two-way doors),
 * either counts. The first part was written before the ranking was tuned; the held-out part was
 * drawn afterwards, with another seed, and counted as it came.
 */
export type RelevanceQuery = {
  kind: "sentence" | "paraphrase" | "name" | "question" | "typo";
  query: string;
  page: string | readonly string[];
  /** The id the first section link should point at (a heading's or a titled concept's or FAQ's). */
  section?: string;
};

export const relevanceQueries: readonly RelevanceQuery[] = [
  // Written before the ranking was tuned (the first pick of sentences, seed 17).
  {
    kind: "sentence",
    query:
      "Revisit triggers wired to monitoring Add machine-readable revisit triggers (metric, threshold, owner) to existing ADRs and a small job that opens a ticket when a threshold is crossed.",
    page: "/guides/architecture-decisions",
    section: "example-projects-heading",
  },
  {
    kind: "sentence",
    query: "Focus only on what you shipped in the seven months, to show the time was productive.",
    page: "/guides/career-story",
    section: "cs-kc-short-stint",
  },
  {
    kind: "sentence",
    query:
      "Past a hundred, you need explicit ownership: a code-owners file mapping directories to teams, with each team having at least two people able to approve.",
    page: "/guides/code-review-standards",
    section: "ownership-that-scales-with-the-codebase",
  },
  {
    kind: "sentence",
    query:
      "If you lose a word, describe the thing plainly and move on; that is itself good communication.",
    page: "/guides/communication",
    section: "faq-english-is-not-my-first-language-will-that-count-against-me",
  },
  {
    kind: "sentence",
    query:
      "From Kerry Patterson, Joseph Grenny, Ron McMillan and Al Switzler, Crucial Conversations (2002)",
    page: "/guides/conflict-resolution",
    section: "concept-the-pool-of-shared-meaning",
  },
  {
    kind: "sentence",
    query:
      "If every decision needs consensus across three crafts, the trio is slow and arguments drag on.",
    page: "/guides/cross-functional-collaboration",
    section: "trade-offs-heading",
  },
  {
    kind: "sentence",
    query:
      "They can supply the detail, but exposing them to stakeholders for a commitment you made damages trust both ways.",
    page: "/guides/delegation",
    section: "del-kc-accountability",
  },
  {
    kind: "sentence",
    query:
      "Interviewers care more that you knew which number mattered and acted on it than that a dashboard existed.",
    page: "/guides/engineering-metrics",
    section: "faq-my-last-company-tracked-nothing-how-do-i-answer-metrics-ques",
  },
  {
    kind: "sentence",
    query:
      "It works well for steady product work; you still need project-level ranges when a date matters to someone outside the team.",
    page: "/guides/estimation-and-planning",
    section: "faq-what-is-the-noestimates-movement",
  },
  {
    kind: "sentence",
    query: "If there are none, you have told a weather report.",
    page: "/guides/failure-and-accountability",
    section: "in-the-interview-room",
  },
  {
    kind: "sentence",
    query: "Two axes: how much you care personally and how much you challenge directly.",
    page: "/guides/feedback-and-coaching",
    section: "concept-radical-candor",
  },
  {
    kind: "sentence",
    query: "Backfilling a departure, the instinct is to hire a copy of the person who left.",
    page: "/guides/hiring-and-interviewing",
    section: "situations-that-test-the-process",
  },
  {
    kind: "sentence",
    query: "Mixing the two destroys the honesty the review depends on.",
    page: "/guides/incident-leadership",
    section: "faq-what-if-someone-really-was-careless",
  },
  {
    kind: "sentence",
    query:
      "Pre-reads, written comments first, seniors speaking last on contested points, and ideas credited by name.",
    page: "/guides/inclusive-teams",
    section: "best-practices-heading",
  },
  {
    kind: "sentence",
    query: "Do I need a staff title to answer these questions well?",
    page: "/guides/influence-without-authority",
    section: "faq-do-i-need-a-staff-title-to-answer-these-questions-well",
  },
  {
    kind: "sentence",
    query: "In a reorg you rarely can give people a vote.",
    page: "/guides/leading-through-change",
    section: "concept-fair-process",
  },
  {
    kind: "sentence",
    query:
      "Share the expected range for the level and ask for the role's band, without giving current pay.",
    page: "/guides/levels-and-offers",
    section: "lvl-kc-first-number",
  },
  {
    kind: "sentence",
    query:
      "What makes it a mentoring story is a named person, a starting point, what you did on purpose and what they could do afterwards.",
    page: "/guides/mentoring",
    section: "faq-ive-never-had-a-formal-mentee-do-i-have-a-mentoring-story",
  },
  {
    kind: "sentence",
    query:
      "Directors and VPs decide the number of teams and layers, spans of control, how budget is shared between teams, and what stops when money is cut.",
    page: "/guides/org-design",
    section: "by-level",
  },
  {
    kind: "sentence",
    query:
      "The length, and what a plan must contain, depend on the company's process and on employment law, which differs by country.",
    page: "/guides/performance-management",
    section: "faq-how-long-should-a-performance-plan-last",
  },
  {
    kind: "sentence",
    query:
      "A platform team serving fifteen product teams becomes a bottleneck because nobody decided which requests come first.",
    page: "/guides/prioritization",
    section: "why-companies-hire-for-it-heading",
  },
  {
    kind: "sentence",
    query:
      "Managed 11 engineers across Toronto and Hyderabad; moved ingestion ownership to Hyderabad with its own design authority; Hyderabad-authored design docs went from 0 to 5 in two quarters.",
    page: "/guides/remote-teams",
    section: "resume-tips-heading",
  },
  {
    kind: "sentence",
    query:
      "Programme status has been green for four months, then goes red two weeks before the deadline.",
    page: "/guides/stakeholder-management",
    section: "stk-kc-watermelon-fix",
  },
  {
    kind: "sentence",
    query:
      "At manager level, it is a funded allocation that survived a hard quarter and a record of what it returned.",
    page: "/guides/technical-debt",
    section: "career-impact-heading",
  },
  {
    kind: "sentence",
    query:
      "The MOI model and the idea of leadership as creating an environment for others' problem-solving; still the best book on the engineer-to-leader shift.",
    page: "/guides/technical-leadership",
    section: "learning-resources-heading",
  },
  {
    kind: "sentence",
    query: "Strategy should be reviewed against five recent designs before it is published.",
    page: "/guides/technical-strategy",
    section: "strat-kc-write-five",
  },
  {
    kind: "paraphrase",
    query: "decisions that are hard to undo versus ones you can reverse cheaply",
    page: ["/guides/architecture-decisions", "/guides/technical-leadership"],
    section: "concept-one-way-and-two-way-doors",
  },
  {
    kind: "paraphrase",
    query: "project status reported green while the team knows it is red",
    page: "/guides/stakeholder-management",
    section: "concept-watermelon-reporting",
  },
  {
    kind: "paraphrase",
    query: "wait to commit until not deciding costs more than deciding",
    page: "/guides/architecture-decisions",
    section: "concept-the-last-responsible-moment",
  },
  {
    kind: "paraphrase",
    query: "people game a metric once it is tied to rewards",
    page: "/guides/engineering-metrics",
    section: "concept-goodharts-law",
  },
  {
    kind: "paraphrase",
    query: "repeat a colleague's ignored idea and credit them by name",
    page: "/guides/inclusive-teams",
    section: "concept-amplification",
  },
  {
    kind: "paraphrase",
    query: "give interrupt handling to one designated person so the rest of the team stays focused",
    page: "/guides/prioritization",
    section: "concept-concentrating-interrupts-on-a-rotation",
  },
  {
    kind: "paraphrase",
    query: "replace a legacy system piece by piece instead of a big rewrite",
    page: "/guides/technical-debt",
    section: "concept-strangler-fig-application",
  },
  {
    kind: "paraphrase",
    query: "people who sit near the decision makers get more credit in hybrid teams",
    page: "/guides/remote-teams",
    section: "concept-proximity-bias-and-the-allen-curve",
  },
  {
    kind: "paraphrase",
    query: "guilt and anxiety among the people who stay after a layoff",
    page: "/guides/leading-through-change",
    section: "concept-survivor-syndrome",
  },
  {
    kind: "name",
    query: "Radical Candor",
    page: "/guides/feedback-and-coaching",
    section: "concept-radical-candor",
  },
  {
    kind: "name",
    query: "Kim Scott",
    page: "/guides/feedback-and-coaching",
    section: "concept-radical-candor",
  },
  {
    kind: "name",
    query: "Conway's law",
    page: ["/guides/org-design", "/guides/remote-teams"],
    section: "concept-conways-law",
  },
  {
    kind: "name",
    query: "Team Topologies",
    page: "/guides/org-design",
    section: "concept-four-team-types-and-three-interaction-modes",
  },
  {
    kind: "name",
    query: "Incident Command System",
    page: "/guides/incident-leadership",
    section: "concept-incident-command-system",
  },
  {
    kind: "name",
    query: "RICE scoring",
    page: "/guides/prioritization",
    section: "concept-rice-scoring",
  },
  {
    kind: "name",
    query: "Getting to Yes",
    page: ["/guides/conflict-resolution", "/guides/levels-and-offers"],
  },
  {
    kind: "name",
    query: "Kotter's eight steps",
    page: "/guides/leading-through-change",
    section: "concept-kotters-eight-steps",
  },
  {
    kind: "name",
    query: "Hyrum's Law",
    page: "/guides/technical-debt",
    section: "concept-hyrums-law",
  },
  {
    kind: "name",
    query: "Andy Grove task-relevant maturity",
    page: "/guides/delegation",
    section: "concept-task-relevant-maturity",
  },
  { kind: "name", query: "Annie Duke", page: "/guides/failure-and-accountability" },
  {
    kind: "name",
    query: "DORA four keys",
    page: "/guides/engineering-metrics",
    section: "concept-doras-four-keys",
  },
  {
    kind: "name",
    query: "Tanya Reilly glue work",
    page: "/guides/inclusive-teams",
    section: "concept-glue-work",
  },
  {
    kind: "name",
    query: "Michael Nygard",
    page: "/guides/architecture-decisions",
    section: "concept-architecture-decision-record-adr",
  },
  {
    kind: "name",
    query: "Dreyfus model",
    page: "/guides/mentoring",
    section: "concept-dreyfus-model-of-skill-acquisition",
  },
  {
    kind: "name",
    query: "power-interest grid",
    page: "/guides/stakeholder-management",
    section: "concept-power-interest-grid",
  },
  {
    kind: "question",
    query: "how would you measure whether code review is working",
    page: "/questions/cr-measuring-review-health",
  },
  {
    kind: "question",
    query: "technical decision most of your team disagreed with",
    page: "/questions/tl-overruled-team-decision",
  },
  {
    kind: "question",
    query: "deliberately took on technical debt to hit a date",
    page: "/questions/debt-deliberate-shortcut",
  },
  {
    kind: "question",
    query: "make technical debt visible across a 40-engineer organisation",
    page: "/questions/debt-make-it-visible",
  },
  {
    kind: "question",
    query: "something you used to do yourself that you delegated",
    page: "/questions/del-handing-off-own-work",
  },
  {
    kind: "question",
    query: "Tell me about the most serious incident you led",
    page: "/questions/inc-most-serious-incident-led",
  },
  {
    kind: "question",
    query: "build versus buy decision you influenced",
    page: "/questions/adr-build-versus-buy",
  },
  { kind: "typo", query: "delegaton", page: "/guides/delegation" },
  { kind: "typo", query: "stakholder management", page: "/guides/stakeholder-management" },
  {
    kind: "typo",
    query: "postmortm",
    page: ["/guides/incident-leadership", "/guides/failure-and-accountability"],
  },
  { kind: "typo", query: "radical candour", page: "/guides/feedback-and-coaching" },
  { kind: "typo", query: "techincal debt", page: "/guides/technical-debt" },
  { kind: "typo", query: "psycological safety", page: "/guides/inclusive-teams" },
  { kind: "typo", query: "conways law", page: ["/guides/org-design", "/guides/remote-teams"] },
  // Held out: drawn after tuning (sentences from seed 29, more names and typos) and run once as a check.
  {
    kind: "sentence",
    query: "Fundamentals of Software Architecture by Mark Richards and Neal Ford (2020)",
    page: "/guides/architecture-decisions",
    section: "learning-resources-heading",
  },
  {
    kind: "sentence",
    query: "Many companies will run a candidate through interviews for either track.",
    page: "/guides/career-story",
    section: "cs-kc-dual-track",
  },
  {
    kind: "sentence",
    query:
      "Regulated environments may require review for every production change; meet that with tooling rather than meetings.",
    page: "/guides/code-review-standards",
    section: "faq-should-we-allow-merging-without-review",
  },
  {
    kind: "sentence",
    query:
      "Riding the elevator means you never change the facts between floors, only the level of detail and the vocabulary.",
    page: "/guides/communication",
    section: "concept-the-architect-elevator",
  },
  {
    kind: "sentence",
    query:
      "Stone, Patton and Heen describe three conversations in every difficult one: what happened, feelings, and identity.",
    page: "/guides/conflict-resolution",
    section: "conf-kc-identity-conversation",
  },
  {
    kind: "sentence",
    query:
      "Engineers learn about feasibility problems at sprint planning and about customers never.",
    page: "/guides/cross-functional-collaboration",
    section: "why-companies-hire-for-it-heading",
  },
  {
    kind: "sentence",
    query:
      "Orders describe the purpose and the constraints, not the steps, so that people can adapt when the plan meets reality.",
    page: "/guides/delegation",
    section: "concept-commanders-intent-mission-command",
  },
  {
    kind: "sentence",
    query:
      "At a company of 20 engineers, a quarterly survey is overkill; a manager who runs good one-on-ones hears the same things sooner.",
    page: "/guides/engineering-metrics",
    section: "trade-offs-heading",
  },
  {
    kind: "sentence",
    query:
      "People estimate their own projects from the inside (the steps they can imagine) and reliably underestimate, even when they know similar projects ran late.",
    page: "/guides/estimation-and-planning",
    section: "concept-the-planning-fallacy-and-reference-class-forecasting",
  },
  {
    kind: "sentence",
    query:
      "In an interview, a pre-mortem you now run is strong evidence that a past failure changed how you work.",
    page: "/guides/failure-and-accountability",
    section: "fail-kc-premortem",
  },
  {
    kind: "sentence",
    query:
      "You can mention them briefly, but what interviewers want is the actual words you said and what happened next.",
    page: "/guides/feedback-and-coaching",
    section: "faq-should-i-name-sbi-or-grow-in-an-interview-answer",
  },
  {
    kind: "sentence",
    query:
      "Internal transfers still deserve a structured conversation against the same competencies, not a handshake between managers.",
    page: "/guides/hiring-and-interviewing",
    section: "situations-that-test-the-process",
  },
  {
    kind: "sentence",
    query:
      "You command the incidents that cross team boundaries, where nobody's service is obviously at fault and three teams each suspect the other two.",
    page: "/guides/incident-leadership",
    section: "the-incidents-nobody-owns-staff-engineers",
  },
  {
    kind: "sentence",
    query:
      "A manager's guide to recognising and responding to bias, prejudice and bullying at work, with practical scripts.",
    page: "/guides/inclusive-teams",
    section: "learning-resources-heading",
  },
  {
    kind: "sentence",
    query: "Escalation is a normal tool when the trade-off belongs to someone above both parties.",
    page: "/guides/influence-without-authority",
    section: "inf-kc-joint-escalation",
  },
  {
    kind: "sentence",
    query:
      "Yes, when you cannot carry it honestly, for example when you believe it is unethical, or when your disagreement is so deep you would undermine it.",
    page: "/guides/leading-through-change",
    section: "faq-is-it-ever-right-to-resign-over-a-change",
  },
  {
    kind: "sentence",
    query:
      "Ask what the offer level actually is, where in the band you would sit, and what evidence would have moved it.",
    page: "/guides/levels-and-offers",
    section: "faq-what-does-senior-plus-or-staff-minus-actually-mean",
  },
  {
    kind: "sentence",
    query:
      "In a staffing meeting they do not attend, you propose them to lead the queue migration.",
    page: "/guides/mentoring",
    section: "men-kc-which-is-sponsorship",
  },
  {
    kind: "sentence",
    query: "How do I write a headcount request that gets approved?",
    page: "/guides/org-design",
    section: "faq-how-do-i-write-a-headcount-request-that-gets-approved",
  },
  {
    kind: "sentence",
    query:
      "High will and new domain knowledge to build: support and structure, with expectations and dates.",
    page: "/guides/performance-management",
    section: "perf-kc-skill-will",
  },
  {
    kind: "sentence",
    query:
      "The original description of RICE, including the impact scale and how confidence is meant to be used.",
    page: "/guides/prioritization",
    section: "learning-resources-heading",
  },
  {
    kind: "sentence",
    query:
      "The rule removes the room's advantages (side glances, the whiteboard, talking over the speaker) that make remote participants second-class.",
    page: "/guides/remote-teams",
    section: "rmt-kc-one-remote-all-remote",
  },
  {
    kind: "sentence",
    query: "Give a range, your confidence, what would narrow it, and when you will know more.",
    page: "/guides/stakeholder-management",
    section: "faq-should-i-share-uncertainty-with-executives-or-only-firm-info",
  },
  {
    kind: "sentence",
    query:
      "Leads who only complain about debt, or only clean up without measuring, tend to stay in the role of the person who fixes things nobody asked them to fix.",
    page: "/guides/technical-debt",
    section: "career-impact-heading",
  },
  {
    kind: "sentence",
    query:
      "In most companies a tech lead is an individual contributor who owns the technical direction and execution of a team, while an engineering manager owns hiring decisions, performance and careers.",
    page: "/guides/technical-leadership",
    section: "faq-is-a-tech-lead-a-manager",
  },
  {
    kind: "sentence",
    query: "Halve release lead time this year, with staging wait as the first target.",
    page: "/guides/technical-strategy",
    section: "strat-kc-identify-guiding-policy",
  },
  {
    kind: "name",
    query: "Nemawashi",
    page: "/guides/influence-without-authority",
    section: "concept-nemawashi-pre-wiring",
  },
  {
    kind: "name",
    query: "Shape Up appetite",
    page: "/guides/cross-functional-collaboration",
    section: "concept-appetite-fixed-time-and-variable-scope",
  },
  {
    kind: "name",
    query: "Goodhart's law",
    page: "/guides/engineering-metrics",
    section: "concept-goodharts-law",
  },
  {
    kind: "name",
    query: "Marty Cagan",
    page: "/guides/cross-functional-collaboration",
    section: "concept-the-four-product-risks",
  },
  {
    kind: "name",
    query: "SCARF model",
    page: "/guides/leading-through-change",
    section: "concept-the-scarf-model",
  },
  {
    kind: "name",
    query: "Eisenhower matrix",
    page: "/guides/prioritization",
    section: "concept-the-eisenhower-matrix",
  },
  {
    kind: "name",
    query: "Ward Cunningham",
    page: "/guides/technical-debt",
    section: "concept-the-debt-metaphor",
  },
  {
    kind: "name",
    query: "Charity Majors pendulum",
    page: "/guides/career-story",
    section: "concept-the-engineermanager-pendulum",
  },
  { kind: "typo", query: "mentorign", page: "/guides/mentoring" },
  { kind: "typo", query: "prioritisation", page: "/guides/prioritization" },
  { kind: "typo", query: "estimaton and planing", page: "/guides/estimation-and-planning" },
  { kind: "typo", query: "incidnet command", page: "/guides/incident-leadership" },
];
