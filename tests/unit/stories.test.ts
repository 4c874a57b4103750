import { remark } from "remark";
import { describe, expect, it } from "vitest";
import { emptyProgress, emptySessionHistory } from "@/lib/practice/progress";
import { buildExport, parseImport } from "@/lib/learner-export/progress-export";
import { recordReview } from "@/lib/practice/review";
import { storageKeys } from "@/lib/storage/keys";
import { coverageMatrix } from "@/lib/stories/coverage";
import { storiesToMarkdown, storyAsPlainText } from "@/lib/stories/format";
import {
  createStory,
  deleteStory,
  emptyStoryBank,
  loadStories,
  mergeStories,
  newStoryId,
  storiesBySkillMatch,
  storiesForSkill,
  storyInputSchema,
  updateStory,
  type Story,
  type StoryBank,
  type StoryInput,
} from "@/lib/stories/story";

const monday = new Date("2026-11-02T09:00:00.000Z");
const later = (minutes: number) => new Date(monday.getTime() + minutes * 60_000);

const input = (overrides: Partial<StoryInput> = {}): StoryInput => ({
  title: "The migration nobody wanted",
  situation:
    "Our billing service ran on a database version that lost vendor support in six months.",
  task: "I owned the plan and had to get three teams to give up a sprint each.",
  action:
    "I wrote a one-page risk memo, ran a dry run on a copy and staffed the cutover weekend myself.",
  result: "We moved with nine minutes of read-only time and no lost invoices.",
  outcome: "Zero lost invoices; 9 minutes read-only",
  skills: ["technical-leadership", "stakeholder-management"],
  ...overrides,
});

function bankOf(...entries: [string, StoryInput, Date][]): StoryBank {
  return entries.reduce(
    (bank, [id, written, at]) => createStory(bank, written, id, at).bank,
    emptyStoryBank(),
  );
}

const guides = [
  { slug: "mentoring", title: "Mentoring" },
  { slug: "stakeholder-management", title: "Stakeholder Management" },
  { slug: "technical-leadership", title: "Technical Leadership" },
];

describe("the story model", () => {
  it("requires every STAR part, the title and the outcome, and says which is missing", () => {
    const parsed = storyInputSchema.safeParse(input({ task: "   ", outcome: "" }));
    expect(parsed.success).toBe(false);
    const messages = parsed.success
      ? []
      : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    expect(messages).toEqual(["task: Write the task.", "outcome: Write the outcome."]);
  });

  it("keeps titles and outcomes on one line and trims what the learner typed", () => {
    expect(storyInputSchema.safeParse(input({ title: "Two\nlines" })).success).toBe(false);
    expect(storyInputSchema.parse(input({ title: "  Padded  " })).title).toBe("Padded");
  });

  it("creates stories newest first with ids, dates and each skill once", () => {
    const first = createStory(
      emptyStoryBank(),
      input({ skills: ["mentoring", "mentoring"] }),
      "s-1",
      monday,
    );
    expect(first.story).toMatchObject({
      id: "s-1",
      createdAt: monday.toISOString(),
      updatedAt: monday.toISOString(),
      skills: ["mentoring"],
    });
    const second = createStory(first.bank, input({ title: "Second" }), "s-2", later(5));
    expect(second.bank.stories.map((story) => story.id)).toEqual(["s-2", "s-1"]);
    expect(() => createStory(second.bank, input(), "s-1", later(6))).toThrow(/already exists/);
  });

  it("updates one story in place, keeping its creation date and stamping the edit", () => {
    const bank = bankOf(["s-1", input(), monday], ["s-2", input({ title: "Other" }), later(1)]);
    const updated = updateStory(
      bank,
      "s-1",
      input({ title: "Renamed", skills: ["mentoring"] }),
      later(30),
    );
    const story = updated.stories.find((candidate) => candidate.id === "s-1");
    expect(story).toMatchObject({
      title: "Renamed",
      skills: ["mentoring"],
      createdAt: monday.toISOString(),
      updatedAt: later(30).toISOString(),
    });
    expect(updated.stories.find((candidate) => candidate.id === "s-2")).toEqual(
      bank.stories.find((candidate) => candidate.id === "s-2"),
    );
    expect(updateStory(bank, "missing", input(), later(30))).toEqual(bank);
  });

  it("deletes by id and leaves the others", () => {
    const bank = bankOf(["s-1", input(), monday], ["s-2", input(), later(1)]);
    expect(deleteStory(bank, "s-1").stories.map((story) => story.id)).toEqual(["s-2"]);
  });

  it("makes ids the stored schema accepts, different for different randomness", () => {
    const a = newStoryId(monday, () => 0.1);
    const b = newStoryId(monday, () => 0.9);
    expect(a).toMatch(/^[a-z0-9-]{1,40}$/);
    expect(a).not.toBe(b);
    expect(createStory(emptyStoryBank(), input(), a, monday).story.id).toBe(a);
  });

  it("finds the stories for a skill, and ranks stories by how many of a question's skills they show", () => {
    const bank = bankOf(
      ["s-1", input({ title: "Only mentoring", skills: ["mentoring"] }), monday],
      ["s-2", input({ title: "Both", skills: ["mentoring", "delegation"] }), later(1)],
      ["s-3", input({ title: "Unrelated", skills: ["technical-debt"] }), later(2)],
      ["s-4", input({ title: "No skills", skills: [] }), later(3)],
    );
    expect(storiesForSkill(bank.stories, "mentoring").map((story) => story.title)).toEqual([
      "Both",
      "Only mentoring",
    ]);
    const ranked = storiesBySkillMatch(bank.stories, ["delegation", "mentoring"]);
    expect(ranked.matching.map((story) => story.title)).toEqual(["Both", "Only mentoring"]);
    expect(ranked.others.map((story) => story.title)).toEqual(["No skills", "Unrelated"]);
  });
});

describe("loading stored stories", () => {
  const stored = (stories: unknown[]) => JSON.stringify({ version: 1, stories });

  it("starts empty without a notice when nothing is stored", () => {
    expect(loadStories(null)).toEqual({ value: emptyStoryBank(), notice: null });
  });

  it("keeps valid stories and drops damaged ones with a notice", () => {
    const good = bankOf(
      ["s-1", input(), monday],
      ["s-2", input({ title: "Kept too" }), later(1)],
    ).stories;
    const damaged = { ...good[0], id: "s-3", situation: 42 };
    const loaded = loadStories(stored([good[0], damaged, "not a story", good[1]]));
    expect(loaded.value.stories.map((story) => story.id)).toEqual(["s-2", "s-1"]);
    expect(loaded.notice).toBe(
      "2 saved stories were damaged or repeated and removed; your other stories are intact.",
    );
  });

  it("drops a second story with an id already seen", () => {
    const [story] = bankOf(["s-1", input(), monday]).stories;
    const loaded = loadStories(stored([story, { ...story, title: "Duplicate" }]));
    expect(loaded.value.stories).toHaveLength(1);
    expect(loaded.value.stories[0]?.title).toBe(input().title);
    expect(loaded.notice).toBe(
      "1 saved story was damaged or repeated and removed; your other stories are intact.",
    );
  });

  it("resets with a notice, never throwing, when the stored value is unreadable or of an unknown version", () => {
    for (const raw of [
      "{not json",
      "null",
      "[]",
      JSON.stringify({ version: "2", stories: [] }),
      JSON.stringify({ version: 1, stories: {} }),
    ]) {
      const loaded = loadStories(raw);
      expect(loaded.value).toEqual(emptyStoryBank());
      expect(loaded.notice).toMatch(/could not be read, so the story bank was reset/);
    }
    const newer = loadStories(JSON.stringify({ version: 2, stories: [] }));
    expect(newer).toMatchObject({
      newer: true,
      value: emptyStoryBank(),
      notice: expect.stringMatching(/newer version of Leadwise/),
    });
  });

  it("is stored under its own key, apart from progress", () => {
    expect(storageKeys.stories).toBe("leadwise:stories");
    expect(new Set(Object.values(storageKeys)).size).toBe(Object.values(storageKeys).length);
  });
});

describe("the coverage matrix", () => {
  it("lists, for each guide in order, the stories that show it, and the guides with none", () => {
    const bank = bankOf(
      ["s-1", input({ title: "A", skills: ["technical-leadership"] }), monday],
      [
        "s-2",
        input({
          title: "B",
          skills: ["technical-leadership", "stakeholder-management", "removed-guide"],
        }),
        later(1),
      ],
    );
    const matrix = coverageMatrix(bank.stories, guides);
    expect(
      matrix.bySkill.map((row) => [row.slug, row.stories.map((story) => story.title)]),
    ).toEqual([
      ["mentoring", []],
      ["stakeholder-management", ["B"]],
      ["technical-leadership", ["B", "A"]],
    ]);
    expect(matrix.uncovered).toEqual([{ slug: "mentoring", title: "Mentoring" }]);
  });

  it("updates when a story gains or loses a skill", () => {
    const bank = bankOf(["s-1", input({ skills: [] }), monday]);
    expect(coverageMatrix(bank.stories, guides).uncovered).toHaveLength(3);
    const withMentoring = updateStory(bank, "s-1", input({ skills: ["mentoring"] }), later(1));
    expect(
      coverageMatrix(withMentoring.stories, guides).uncovered.map((guide) => guide.slug),
    ).toEqual(["stakeholder-management", "technical-leadership"]);
    expect(
      coverageMatrix(deleteStory(withMentoring, "s-1").stories, guides).uncovered,
    ).toHaveLength(3);
  });
});

describe("Markdown and plain-text export", () => {
  const titles = Object.fromEntries(guides.map((guide) => [guide.slug, guide.title]));

  it("writes one level-two section per story with labelled STAR parts and skill names", () => {
    const bank = bankOf(
      ["s-1", input(), monday],
      [
        "s-2",
        input({ title: "Coaching a new lead", skills: ["mentoring", "gone-guide"] }),
        later(1),
      ],
    );
    const markdown = storiesToMarkdown(bank.stories, titles);
    expect(markdown).toContain("## Coaching a new lead\n\n**Situation:** Our billing service");
    expect(markdown).toContain("**Skills:** Mentoring, gone-guide");
    expect(markdown).toContain("**Skills:** Technical Leadership, Stakeholder Management");
    for (const label of ["Situation", "Task", "Action", "Result", "Outcome"])
      expect(markdown.match(new RegExp(`\\*\\*${label}:\\*\\*`, "g"))).toHaveLength(2);
  });

  it("keeps each story one section even when the learner types heading or rule syntax", () => {
    const bank = bankOf([
      "s-1",
      input({
        title: "Fix it ##",
        situation: "First line\n## Not a heading\n===\n---",
        action: "Setext\n---",
      }),
      monday,
    ]);
    const tree = remark().parse(storiesToMarkdown(bank.stories, titles));
    const headings = tree.children
      .filter((node) => node.type === "heading")
      .map((node) => ({
        depth: node.depth,
        text: node.children.map((child) => ("value" in child ? child.value : "")).join(""),
      }));
    expect(headings).toEqual([
      { depth: 1, text: "My interview stories" },
      { depth: 2, text: "Fix it ##" },
    ]);
    expect(tree.children.some((node) => node.type === "thematicBreak")).toBe(false);
  });

  it("formats a story for an answer box as one line per STAR part", () => {
    const [story] = bankOf([
      "s-1",
      input({ action: "I wrote a memo.\n\nThen I ran a dry run." }),
      monday,
    ]).stories as [Story];
    expect(storyAsPlainText(story).split("\n")).toEqual([
      "The migration nobody wanted",
      `Situation: ${input().situation}`,
      `Task: ${input().task}`,
      "Action: I wrote a memo. Then I ran a dry run.",
      `Result: ${input().result}`,
      `Outcome: ${input().outcome}`,
    ]);
  });
});

describe("stories in the progress export", () => {
  it("round-trips through export and import", () => {
    const bank = bankOf(["s-1", input(), monday], ["s-2", input({ title: "Second" }), later(1)]);
    const progress = recordReview(emptyProgress(), "q1", 3, "flashcards", monday);
    const parsed = parseImport(
      JSON.stringify(buildExport(progress, emptySessionHistory(), later(2), bank)),
    );
    expect(parsed.ok && parsed.value.stories).toEqual(bank);
    expect(parsed.ok && parsed.value.progress).toEqual(progress);
  });

  it("still imports an export made before stories existed", () => {
    const older = {
      app: "leadwise",
      exportedAt: monday.toISOString(),
      progress: emptyProgress(),
      sessions: emptySessionHistory(),
    };
    const parsed = parseImport(JSON.stringify(older));
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.value.stories).toBeUndefined();
    expect(buildExport(emptyProgress(), emptySessionHistory(), monday)).not.toHaveProperty(
      "stories",
    );
  });

  it("refuses an export whose stories are damaged, changing nothing", () => {
    const exported = buildExport(
      emptyProgress(),
      emptySessionHistory(),
      monday,
      bankOf(["s-1", input(), monday]),
    );
    const damaged = JSON.parse(JSON.stringify(exported)) as {
      stories: { stories: { title: string }[] };
    };
    if (damaged.stories.stories[0]) damaged.stories.stories[0].title = "";
    const parsed = parseImport(JSON.stringify(damaged));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toBe(
      "That file could not be imported. In the story bank, story 1 has a title that is empty or too short. Nothing was changed.",
    );
  });

  it("merges by id: the more recently edited copy wins, and stories on only one side are kept", () => {
    const shared = bankOf(["s-1", input({ title: "Original" }), monday]);
    const mine = createStory(
      updateStory(shared, "s-1", input({ title: "Edited here" }), later(10)),
      input({ title: "Only here" }),
      "s-2",
      later(11),
    ).bank;
    const theirs = createStory(
      updateStory(shared, "s-1", input({ title: "Edited there, later" }), later(20)),
      input({ title: "Only there" }),
      "s-3",
      later(12),
    ).bank;
    const merged = mergeStories(mine, theirs);
    expect(merged.stories.map((story) => story.title).sort()).toEqual([
      "Edited there, later",
      "Only here",
      "Only there",
    ]);
    expect(mergeStories(theirs, mine).stories.find((story) => story.id === "s-1")?.title).toBe(
      "Edited there, later",
    );
  });

  it("compares edit times as instants, not as text", () => {
    const [story] = bankOf(["s-1", input({ title: "With milliseconds" }), monday]).stories as [
      Story,
    ];
    const current: StoryBank = {
      version: 1,
      stories: [{ ...story, updatedAt: "2026-11-02T10:00:00.500Z" }],
    };
    const incoming: StoryBank = {
      version: 1,
      stories: [{ ...story, title: "Without, but older", updatedAt: "2026-11-02T10:00:00Z" }],
    };
    expect(mergeStories(current, incoming).stories[0]?.title).toBe("With milliseconds");
  });
});

describe("no cap deletes stories", () => {
  const many = (count: number) =>
    Array.from(
      { length: count },
      (_, index) =>
        [`s-${index}`, input({ title: `Story ${index}` }), later(index)] as [
          string,
          StoryInput,
          Date,
        ],
    );

  it("keeps all 250 stories when writing them one by one, and when they are loaded back", () => {
    const bank = bankOf(...many(250));
    expect(bank.stories).toHaveLength(250);
    expect(loadStories(JSON.stringify(bank))).toEqual({ value: bank, notice: null });
  });

  it("imports an export of 250 stories into a bank that already has some, losing none", () => {
    const incoming = bankOf(...many(250));
    const current = bankOf(["mine-1", input({ title: "Mine" }), later(-5)]);
    const parsed = parseImport(
      JSON.stringify(buildExport(emptyProgress(), emptySessionHistory(), monday, incoming)),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    expect(mergeStories(current, parsed.value.stories ?? emptyStoryBank()).stories).toHaveLength(
      251,
    );
  });
});

describe("import errors in the learner's words", () => {
  it("says a file is not a Leadwise export when its marker is missing", () => {
    const parsed = parseImport(JSON.stringify({ progress: {} }));
    expect(!parsed.ok && parsed.error).toBe(
      "That file is not a Leadwise progress export: it has no Leadwise marker. Choose the JSON file that Export on the progress page saved. Nothing was changed.",
    );
  });

  it("says which part came from a newer version", () => {
    const file = {
      ...buildExport(emptyProgress(), emptySessionHistory(), monday),
      progress: { version: 3, records: {} },
    };
    const parsed = parseImport(JSON.stringify(file));
    expect(!parsed.ok && parsed.error).toMatch(
      /^That file was exported by a newer version of Leadwise \(its question progress\)/,
    );
  });

  it("names the question and the field of a damaged record", () => {
    const progress = recordReview(emptyProgress(), "men-grow", 3, "flashcards", monday);
    const record = progress.records["men-grow"];
    if (!record) throw new Error("no record");
    const file = buildExport(
      { version: 2, records: { "men-grow": { ...record, card: { ...record.card, due: "soon" } } } },
      emptySessionHistory(),
      monday,
    );
    const parsed = parseImport(JSON.stringify(file));
    expect(!parsed.ok && parsed.error).toBe(
      'That file could not be imported. In the question progress, the record for question "men-grow" has a next review date that is not in the expected format. Nothing was changed.',
    );
  });
});
