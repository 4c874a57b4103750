import type { Aspect } from "../../lib/notebook/feedback";

/**
 * Drafted answers to real questions in the library, each with the feedback a reader would agree
 * it deserves. `kind` says what the draft is an example of; `expect` lists only what must hold.
 */

export type DraftKind =
  "strong" | "we-heavy" | "no-result" | "rambling" | "too-short" | "off-question";

export type DraftFixture = {
  name: string;
  questionId: string;
  kind: DraftKind;
  draft: string;
  expect: {
    /** Aspects with at least one point to improve, and aspects that must have none. */
    improve?: Aspect[];
    fine?: Aspect[];
    result?: boolean;
    measurable?: boolean;
    lesson?: boolean;
    /** Substrings of sentences the ownership point must quote as "we" hiding the candidate. */
    weQuotes?: string[];
    length?: "short" | "within" | "long";
    /** Phrases the language point must quote. */
    phrases?: string[];
    /** Indices of signals that must be suggested. */
    signals?: number[];
    offQuestion?: boolean;
    actionShareBelow?: number;
  };
};

const review = "cr-improved-team-review";
const mediate = "conf-mediate-two-engineers";
const estimate = "est-estimate-badly-wrong";
const pm = "r-tl-disagreement-with-pm";
const rewrite = "debt-team-wants-rewrite";

const repeat = (text: string, times: number) => Array.from({ length: times }, () => text).join(" ");

export const draftFixtures: DraftFixture[] = [
  // Strong: scene, the candidate's own actions, a measured result and a lesson.
  {
    name: "strong code review story",
    questionId: review,
    kind: "strong",
    draft:
      "Last year my team of seven was waiting about three days for a first review, and people had stopped splitting work into small PRs. " +
      "My goal as tech lead was to get review time down without lowering the bar, because two of our engineers had told me in one-to-ones that waiting on reviews was the most frustrating part of their week. " +
      "I measured the problem first: I pulled six months of PR data and found the median PR was 640 lines and waited 52 hours for a first comment. " +
      "I ran a retro where the team picked the causes themselves, and the biggest one was reviewers spending their time on formatting nits. " +
      "I moved those checks into tooling with a linter and a formatter in CI, and I wrote a one-page guide on PR size with three examples of splitting a large change. " +
      "I led by example: for a month every PR I opened was under 200 lines, and I reviewed first thing every morning before my own work. " +
      "Within two months the median wait fell from 52 hours to 9, median PR size dropped to 230 lines, and the escaped-defect rate held steady, which I checked every sprint. " +
      "What I learned is to measure before proposing anything; since then I start every process change with a week of data.",
    expect: {
      fine: ["structure", "ownership", "evidence", "language"],
      result: true,
      measurable: true,
      lesson: true,
      length: "within",
      signals: [0, 2],
    },
  },
  {
    name: "strong mediation story",
    questionId: mediate,
    kind: "strong",
    draft:
      "Two senior engineers on my payments team, Ana and Luis, had stopped reviewing each other's code after an argument about retry logic, and a release had slipped a week because of it. " +
      "As their manager I needed to fix the working relationship, not pick a winner. " +
      "I met each of them separately first and asked what they needed from the other. " +
      "Ana cared about correctness under partial failure; Luis cared about latency for merchants, and both interests were legitimate. " +
      "I then brought them together with a written list of both concerns and asked them to agree on a test that would settle the retry question. " +
      "I gave Luis private feedback that dismissing Ana's comments in the channel had to stop. " +
      "They agreed to pair on the retry module and to review each other's PRs within a day, and they wrote that agreement into the team's working notes themselves. " +
      "I checked in with each of them every week for the first month, separately, so either could tell me if it was slipping. " +
      "Over the next six weeks I tracked review turnaround between them: it went from no reviews at all to a median of 5 hours, and the next two releases shipped on time. " +
      "I learned to separate the technical disagreement from the behaviour, and I now ask for observable agreements at the end of every mediation.",
    expect: {
      fine: ["structure", "evidence", "ownership"],
      result: true,
      measurable: true,
      lesson: true,
      length: "within",
      signals: [0, 2, 3],
    },
  },
  {
    name: "strong estimation story with a mixed outcome",
    questionId: estimate,
    kind: "strong",
    draft:
      "In 2023 I estimated a move of our billing service to a new database at six weeks, and it took fourteen. " +
      "I had estimated the build and not the migration: I never counted the consumers of the old tables. " +
      "By week four I found 23 downstream jobs reading those tables directly, so I re-estimated openly, told my director the new date of ten to fourteen weeks in a written note, and said the miss was mine. " +
      "I had been sure of the six weeks because the schema change itself was small, and I had not asked the data team who read from it. " +
      "I split the work so the team could migrate consumers in batches, and I took the two riskiest ones myself, the invoicing export and the revenue report. " +
      "I also published a burn-up chart every Friday, so nobody had to ask me whether the new range still held. " +
      "We shipped in week fourteen with no data loss, but the quarter's reporting feature slipped by a month. " +
      "I changed my method afterwards: I now start with an inventory of consumers, I compare with two similar past projects, and I give a range instead of one number.",
    expect: {
      fine: ["structure", "evidence"],
      result: true,
      measurable: true,
      lesson: true,
      signals: [2],
    },
  },
  {
    name: "strong disagreement with a PM",
    questionId: pm,
    kind: "strong",
    draft:
      "Our PM wanted to ship the new checkout flow without the offline retry path to hit a partner launch date. " +
      "I thought that was a real risk, but I first asked her what the date was protecting, and it was a contract bonus worth about $200k. " +
      "I pulled last quarter's data: 3% of checkouts hit a network error on mobile, which at our volume meant about 1,800 failed orders a week. " +
      "I offered her two options with their costs: ship on the date with a simple retry that took two days, or slip a week for the full path. " +
      "I made clear the choice was hers: she owns priority, and my job was to make the risk visible in numbers she could weigh against the bonus. " +
      "I wrote both options up in a half-page note so her director could see the trade-off too. " +
      "She chose the simple retry, we hit the date, and failed orders fell from 1,800 to about 200 a week. " +
      "I also owned my part: the retry work had been on my list for a month and I had not flagged it early. " +
      "Since then I raise risks in planning with a number attached instead of at the end.",
    expect: {
      fine: ["structure", "evidence", "ownership"],
      result: true,
      measurable: true,
      lesson: true,
      signals: [2],
    },
  },
  // "We"-heavy: the story is there but the candidate is not.
  {
    name: "we-heavy code review story (the issue's own example)",
    questionId: review,
    kind: "we-heavy",
    draft:
      "We noticed that reviews on the team were taking too long. " +
      "We wrote a guide for smaller pull requests and we added a linter to CI. " +
      "We also started a rota so someone reviewed every morning. " +
      "After two months the wait dropped from three days to one, and everyone was happy.",
    expect: {
      improve: ["ownership", "language"],
      weQuotes: ["We noticed that reviews", "We wrote a guide", "We also started a rota"],
      phrases: ["everyone was happy"],
      result: true,
    },
  },
  {
    name: "we-heavy mediation story",
    questionId: mediate,
    kind: "we-heavy",
    draft:
      "Two engineers on the team kept arguing in design reviews and it was slowing everyone down. " +
      "We talked to both of them and we found out they disagreed about the caching layer. " +
      "We set up a meeting where they could both explain their side. " +
      "We agreed on a compromise and we documented it in an ADR. " +
      "In the end they worked together fine and the project shipped two weeks later than planned.",
    expect: {
      improve: ["ownership"],
      weQuotes: ["We talked to both of them", "We set up a meeting", "We agreed on a compromise"],
      result: true,
    },
  },
  {
    name: "we-heavy estimation story",
    questionId: estimate,
    kind: "we-heavy",
    draft:
      "We estimated the data pipeline rewrite at one quarter and it took three. " +
      "We underestimated how many teams depended on the old schema. " +
      "We re-planned in the middle and we told leadership the new date. " +
      "We learned to do a dependency inventory before estimating anything that big.",
    expect: {
      improve: ["ownership"],
      weQuotes: ["We underestimated how many teams", "We re-planned in the middle"],
      lesson: true,
      length: "short",
    },
  },
  {
    name: "we-heavy disagreement with a PM",
    questionId: pm,
    kind: "we-heavy",
    draft:
      "Our PM wanted to cut the load testing to make the date. " +
      "We pushed back because the last launch had an outage. " +
      "We showed her the incident report and we proposed a smaller test. " +
      "We ran it in a day and it found a connection pool limit. " +
      "We fixed it before launch and the launch went fine with zero incidents.",
    expect: {
      improve: ["ownership"],
      weQuotes: ["We pushed back", "We showed her the incident report", "We ran it in a day"],
    },
  },
  // No result: actions and then nothing about how it ended.
  {
    name: "code review story without a result",
    questionId: review,
    kind: "no-result",
    draft:
      "Reviews on my team took about three days and PRs were getting bigger. " +
      "I pulled the data on PR size and wait time for the last quarter. " +
      "I ran a retro so the team could name the causes, and I moved formatting checks into CI. " +
      "I also wrote a short guide on splitting PRs and kept my own PRs small.",
    expect: { improve: ["evidence", "structure"], result: false, measurable: false },
  },
  {
    name: "mediation story that stops at the meeting",
    questionId: mediate,
    kind: "no-result",
    draft:
      "When I was leading the platform team, two engineers clashed over who owned the deploy tooling. " +
      "I met each of them on their own to hear their side. " +
      "I wrote down what each of them needed and shared it with both. " +
      "I then brought them together and asked them to agree on an ownership split, with me in the room.",
    expect: { improve: ["evidence", "structure"], result: false, lesson: false },
  },
  {
    name: "estimation story with no ending or lesson",
    questionId: estimate,
    kind: "no-result",
    draft:
      "I estimated a migration of our search cluster at four weeks. " +
      "I broke the work into tasks and asked two engineers to size them with me. " +
      "I presented the plan to my manager and I set up a weekly check-in to track it.",
    expect: { improve: ["evidence"], result: false, lesson: false, length: "short" },
  },
  {
    name: "PM disagreement with a result but no figure",
    questionId: pm,
    kind: "no-result",
    draft:
      "My PM wanted to drop the accessibility fixes from the release. " +
      "I asked her what was driving the date, and it was a marketing event. " +
      "I showed her the audit findings and offered to move two fixes into the next sprint. " +
      "In the end she agreed and it went well.",
    expect: {
      improve: ["evidence", "language"],
      result: true,
      measurable: false,
      phrases: ["it went well"],
    },
  },
  // Rambling: long set-up, little action, filler.
  {
    name: "rambling code review story",
    questionId: review,
    kind: "rambling",
    draft:
      repeat(
        "So basically the context is that the company was growing really fast and there were a lot of new people, and the codebase was kind of old, and the culture around reviews was, you know, not great. " +
          "The team had been through three reorgs and the product was changing every quarter and the leadership was focused on other things. ",
        8,
      ) +
      "I think at some point I suggested we look at review times. " +
      "Things got somewhat better after that.",
    expect: {
      improve: ["length", "language", "structure"],
      length: "long",
      phrases: ["basically", "you know", "kind of", "a lot", "I think"],
      actionShareBelow: 0.2,
    },
  },
  {
    name: "rambling mediation story",
    questionId: mediate,
    kind: "rambling",
    draft:
      repeat(
        "Um, so there were these two engineers and honestly they were both really good but they had very different styles, like one of them was very detail oriented and the other one was more of a big picture person. " +
          "And the team was distributed across two time zones, and there was a lot going on with the roadmap, and people were stressed. ",
        8,
      ) + "Eventually I talked to them and it sort of worked out.",
    expect: {
      improve: ["length", "language"],
      length: "long",
      phrases: ["Um", "honestly", "a lot", "sort of", "worked out"],
      actionShareBelow: 0.2,
    },
  },
  {
    name: "rambling estimation story",
    questionId: estimate,
    kind: "rambling",
    draft:
      repeat(
        "The project was a migration of the billing system, which was a really old system that had been built about ten years before by a team that was no longer there, and the documentation was basically missing. " +
          "There were various consumers and various edge cases and stuff, and nobody really knew how it all fit together, and the business side was pushing for dates. ",
        8,
      ) + "Maybe I should have estimated it differently.",
    expect: {
      improve: ["length", "language", "evidence"],
      length: "long",
      phrases: ["basically", "various", "stuff", "Maybe"],
      result: false,
    },
  },
  {
    name: "rambling disagreement with a PM",
    questionId: pm,
    kind: "rambling",
    draft:
      repeat(
        "Our PM at the time was new and she came from a consumer background, and the product was a B2B platform, so there was a lot of learning on both sides, you know. " +
          "The roadmap was very ambitious and the sales team kept adding things, and honestly the whole organisation was kind of in flux that year. ",
        8,
      ) + "We discussed it and things worked out.",
    expect: {
      improve: ["length", "language", "ownership"],
      length: "long",
      phrases: ["you know", "honestly", "kind of", "worked out"],
    },
  },
  // Too short: a headline, not an answer.
  {
    name: "one-line code review answer",
    questionId: review,
    kind: "too-short",
    draft: "I introduced a PR size limit and reviews got faster.",
    expect: { improve: ["length", "evidence"], length: "short", measurable: false },
  },
  {
    name: "two-line mediation answer",
    questionId: mediate,
    kind: "too-short",
    draft: "I got the two of them in a room and we sorted it out. They work fine together now.",
    expect: { improve: ["length"], length: "short", lesson: false },
  },
  {
    name: "one-line estimation answer",
    questionId: estimate,
    kind: "too-short",
    draft: "I estimated a project at two months and it took six because of dependencies.",
    expect: { improve: ["length", "evidence"], length: "short", lesson: false },
  },
  {
    name: "short plan for a rewrite request",
    questionId: rewrite,
    kind: "too-short",
    draft: "I would say no to the rewrite and refactor instead.",
    expect: { improve: ["length", "structure"], length: "short" },
  },
  // Off the question: a fine story, for some other question.
  {
    name: "incident story given for the code review question",
    questionId: review,
    kind: "off-question",
    draft:
      "During a Black Friday outage I took incident command. " +
      "I paged the database on-call, split responders into a mitigation and a comms channel, and posted updates to the status page every fifteen minutes. " +
      "We restored checkout in 48 minutes. " +
      "Afterwards I ran the blameless postmortem and we added connection pool alerts.",
    expect: { improve: ["coverage"], offQuestion: true },
  },
  {
    name: "hiring story given for the mediation question",
    questionId: mediate,
    kind: "off-question",
    draft:
      "I rebuilt our hiring loop for backend roles. " +
      "I wrote a rubric for each interview, trained twelve interviewers and added a debrief where the panel submits scores before discussing. " +
      "Offer acceptance rose from 40% to 65% over two quarters. " +
      "I learned that calibration sessions matter more than the questions.",
    expect: { improve: ["coverage"], offQuestion: true },
  },
  {
    name: "feature launch story given for the estimation question",
    questionId: estimate,
    kind: "off-question",
    draft:
      "I led the launch of dark mode in our mobile app. " +
      "I coordinated with design on the colour tokens and wrote the theming layer myself. " +
      "Adoption reached 58% of active users in a month and app store ratings went up.",
    expect: { improve: ["coverage"], offQuestion: true },
  },
  {
    name: "architecture answer given for the PM question",
    questionId: pm,
    kind: "off-question",
    draft:
      "I chose Kafka over RabbitMQ for our event bus because we needed replay and ordering per partition. " +
      "I wrote an ADR comparing throughput, operational cost and the team's experience, and I ran a two-week spike. " +
      "The bus now carries 40,000 events a second.",
    expect: { improve: ["coverage"], offQuestion: true },
  },
  // A situational plan, strong, to show the non-story structure.
  {
    name: "strong plan for a rewrite request",
    questionId: rewrite,
    kind: "strong",
    draft:
      "First I would ask the team what problem the rewrite solves: slow delivery, incidents, or a language nobody wants to work in. " +
      "I would look at the last six months of incidents and change lead time for that service, so we argue from data. " +
      "I would name the risks plainly: a moving target while the old service keeps changing, and behaviour nobody documented. " +
      "Then I would propose a strangler-style slice: route one endpoint to a new implementation in the new language within six weeks, with a checkpoint on error rate and latency. " +
      "If the slice meets the checkpoint, I would plan the next slices; if it does not, we have learned that cheaply. " +
      "A full rewrite is justified when the platform itself is end of life, and I would say so if that were the case here. " +
      "Either way, I would write the decision and the checkpoint down so the team can hold me to it.",
    expect: { fine: ["structure", "language"], length: "within", signals: [0, 2] },
  },
];
