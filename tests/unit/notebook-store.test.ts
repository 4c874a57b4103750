import { describe, expect, it } from "vitest";
import { buildExport, parseImport } from "@/lib/learner-export/progress-export";
import {
  currentAttempt,
  deleteEntry,
  emptyNotebook,
  gradeAttempt,
  loadNotebook,
  mergeNotebooks,
  newAttemptId,
  restoreAttempt,
  saveDraft,
  type Notebook,
} from "@/lib/notebook/notebook";
import { filterRows, notebookMarkdown, notebookRows } from "@/lib/notebook/listing";
import { emptyProgress, emptySessionHistory } from "@/lib/practice/progress";
import { openStorage } from "@/lib/storage/safe-storage";
import { storageKeys } from "@/lib/storage/keys";

const question = "cr-improved-team-review";
const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 9, minute));

/** Two visits: a first draft typed in two saves, then a rewrite on a later visit. */
function twoVisits(): Notebook {
  let notebook = saveDraft(emptyNotebook(), question, "We wrote a guide.", "visit-1", at(0));
  notebook = saveDraft(
    notebook,
    question,
    "We wrote a guide. Reviews got faster.",
    "visit-1",
    at(1),
  );
  return saveDraft(
    notebook,
    question,
    "I wrote a guide; waits fell from 52 to 9 hours.",
    "visit-2",
    at(30),
  );
}

describe("saving drafts as attempts", () => {
  it("updates the attempt of this visit as the candidate types, and starts a new one on a later visit", () => {
    const notebook = twoVisits();
    const attempts = notebook.entries[question]?.attempts ?? [];
    expect(attempts.map((attempt) => attempt.text)).toEqual([
      "We wrote a guide. Reviews got faster.",
      "I wrote a guide; waits fell from 52 to 9 hours.",
    ]);
    expect(attempts[0]?.startedAt).toBe(at(0).toISOString());
    expect(attempts[0]?.updatedAt).toBe(at(1).toISOString());
  });

  it("starts no attempt for an empty box or for a visit that changed nothing", () => {
    expect(saveDraft(emptyNotebook(), question, "   ", "visit-1", at(0))).toEqual(emptyNotebook());
    const notebook = twoVisits();
    const unchanged = currentAttempt(notebook, question)?.text ?? "";
    expect(saveDraft(notebook, question, unchanged, "visit-3", at(50))).toBe(notebook);
  });

  it("keeps the grade the candidate gave on the attempt they graded", () => {
    const graded = gradeAttempt(twoVisits(), question, "visit-2", 3, at(31));
    expect(graded.entries[question]?.attempts.map((attempt) => attempt.grade)).toEqual([null, 3]);
    expect(gradeAttempt(emptyNotebook(), question, "visit-2", 3, at(31))).toEqual(emptyNotebook());
  });

  it("records a later visit's grade of an unchanged answer as a new attempt, keeping the earlier grade", () => {
    const graded = gradeAttempt(twoVisits(), question, "visit-2", 2, at(31));
    const regraded = gradeAttempt(graded, question, "visit-3", 4, at(60));
    const attempts = regraded.entries[question]?.attempts ?? [];
    expect(attempts.map((attempt) => attempt.grade)).toEqual([null, 2, 4]);
    expect(attempts[2]?.text).toBe(attempts[1]?.text);
  });

  it("restores an earlier attempt as this visit's draft without losing the one it replaces", () => {
    const restored = restoreAttempt(twoVisits(), question, "visit-1", "visit-3", at(60));
    const attempts = restored.entries[question]?.attempts ?? [];
    expect(attempts).toHaveLength(3);
    expect(attempts[2]?.text).toBe("We wrote a guide. Reviews got faster.");
  });

  it("deletes one question's answers and no other", () => {
    const notebook = saveDraft(twoVisits(), "other-question", "Text", "visit-1", at(0));
    expect(Object.keys(deleteEntry(notebook, question).entries)).toEqual(["other-question"]);
  });

  it("makes attempt ids the stored format accepts", () => {
    const id = newAttemptId(at(0), () => 0.5);
    expect(id).toMatch(/^[a-z0-9-]{1,40}$/);
    expect(
      loadNotebook(JSON.stringify(saveDraft(emptyNotebook(), question, "x", id, at(0)))).notice,
    ).toBeNull();
  });
});

describe("loading the stored notebook", () => {
  it("reads back what was saved", () => {
    const notebook = twoVisits();
    expect(loadNotebook(JSON.stringify(notebook))).toEqual({ value: notebook, notice: null });
  });

  it("drops a damaged attempt alone and says so", () => {
    const stored = JSON.parse(JSON.stringify(twoVisits())) as {
      entries: Record<string, { attempts: unknown[] }>;
    };
    stored.entries[question]?.attempts.push({ id: "BAD ID", text: 7 });
    stored.entries["other"] = { attempts: [] };
    const loaded = loadNotebook(JSON.stringify(stored));
    expect(loaded.value.entries[question]?.attempts).toHaveLength(2);
    expect(loaded.value.entries).not.toHaveProperty("other");
    expect(loaded.notice).toBe(
      "2 saved answers were damaged and removed; your other answers are intact.",
    );
  });

  it("resets an unreadable notebook with a notice, leaving other parts alone", () => {
    const loaded = loadNotebook("{not json");
    expect(loaded.value).toEqual(emptyNotebook());
    expect(loaded.notice).toMatch(/answer notebook was reset/);
  });

  it("reads what it can of a notebook a newer version wrote, and marks it so it is never overwritten", () => {
    const newer = { ...twoVisits(), version: 2, somethingNew: true };
    const loaded = loadNotebook(JSON.stringify(newer));
    expect(loaded.newer).toBe(true);
    expect(loaded.value.entries[question]?.attempts).toHaveLength(2);
    const storage = openStorage(null);
    storage.protect(storageKeys.notebook);
    expect(storage.isProtected(storageKeys.notebook)).toBe(true);
  });
});

describe("export and import", () => {
  it("carries the notebook through an export file without loss", () => {
    const notebook = gradeAttempt(twoVisits(), question, "visit-2", 4, at(31));
    const file = JSON.stringify(
      buildExport(emptyProgress(), emptySessionHistory(), at(90), undefined, undefined, notebook),
    );
    const parsed = parseImport(file);
    expect(parsed.ok && parsed.value.notebook).toEqual(notebook);
  });

  it("still imports an export made before the notebook existed", () => {
    const old = buildExport(emptyProgress(), emptySessionHistory(), at(90));
    expect(old).not.toHaveProperty("notebook");
    expect(parseImport(JSON.stringify(old)).ok).toBe(true);
  });

  it("refuses a file whose notebook is damaged, naming the question in words", () => {
    const file = buildExport(
      emptyProgress(),
      emptySessionHistory(),
      at(90),
      undefined,
      undefined,
      twoVisits(),
    );
    const damaged = JSON.parse(JSON.stringify(file)) as {
      notebook: { entries: Record<string, { attempts: { text: unknown }[] }> };
    };
    const first = damaged.notebook.entries[question]?.attempts[0];
    if (first) first.text = 42;
    const parsed = parseImport(JSON.stringify(damaged));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(
      /In the answer notebook, the answers to question "cr-improved-team-review" has a written answer that is (missing|the wrong kind of value)/,
    );
  });

  it("refuses a notebook exported by a newer version, in plain words", () => {
    const file = {
      ...buildExport(emptyProgress(), emptySessionHistory(), at(90)),
      notebook: { version: 2, entries: {} },
    };
    const parsed = parseImport(JSON.stringify(file));
    expect(!parsed.ok && parsed.error).toMatch(/newer version of Leadwise \(its answer notebook\)/);
  });

  it("merges an import attempt by attempt, the most recently edited copy winning", () => {
    const mine = twoVisits();
    const theirs = saveDraft(
      saveDraft(emptyNotebook(), question, "Edited elsewhere.", "visit-1", at(45)),
      "another",
      "A second question.",
      "visit-9",
      at(46),
    );
    const merged = mergeNotebooks(mine, theirs);
    expect(merged.entries[question]?.attempts.map((attempt) => attempt.text)).toEqual([
      "I wrote a guide; waits fell from 52 to 9 hours.",
      "Edited elsewhere.",
    ]);
    expect(merged.entries.another?.attempts).toHaveLength(1);
    expect(mergeNotebooks(merged, merged)).toEqual(merged);
  });
});

describe("the notebook as a list and as Markdown", () => {
  const manifest = {
    guides: [],
    roles: [],
    tags: [],
    items: [
      {
        id: question,
        kind: "question" as const,
        source: "code-review-standards",
        sourceKind: "guide" as const,
        type: "behavioral" as const,
        difficulty: "medium" as const,
        tags: [],
        roles: ["tech-lead"],
        hasWeakAnswer: false,
      },
      {
        id: "other",
        kind: "question" as const,
        source: "mentoring",
        sourceKind: "guide" as const,
        type: "behavioral" as const,
        difficulty: "medium" as const,
        tags: [],
        roles: ["engineering-manager"],
        hasWeakAnswer: false,
      },
    ],
  };
  const notebook = saveDraft(twoVisits(), "other", "Mentoring answer.", "visit-5", at(40));

  it("lists the most recently edited first and filters by skill and role", () => {
    const rows = notebookRows(notebook, manifest);
    expect(rows.map((row) => row.id)).toEqual(["other", question]);
    expect(
      filterRows(rows, { skill: "code-review-standards", role: null }).map((row) => row.id),
    ).toEqual([question]);
    expect(
      filterRows(rows, { skill: null, role: "engineering-manager" }).map((row) => row.id),
    ).toEqual(["other"]);
    expect(filterRows(rows, { skill: "mentoring", role: "tech-lead" })).toEqual([]);
  });

  it("keeps a draft whose question left the library, listed by its id", () => {
    const rows = notebookRows(
      saveDraft(notebook, "retired-question", "Old.", "v", at(41)),
      manifest,
    );
    expect(rows.find((row) => row.id === "retired-question")?.source).toBeNull();
  });

  it("writes every question's latest answer and earlier attempts to Markdown", () => {
    const rows = notebookRows(gradeAttempt(notebook, question, "visit-1", 2, at(41)), manifest);
    const markdown = notebookMarkdown(
      rows,
      new Map([
        [
          question,
          {
            question: "Tell me about a time you improved code review.",
            sourceTitle: "Code review standards",
          },
        ],
      ]),
      at(90),
    );
    expect(markdown).toContain(
      "## Tell me about a time you improved code review.\n\n_Code review standards_",
    );
    expect(markdown).toContain(
      "Latest (2 Nov 2026, graded Hard, 11 words):\n\nI wrote a guide; waits fell from 52 to 9 hours.",
    );
    expect(markdown).toContain(
      "- 2 Nov 2026, not graded, 7 words\n\n  > We wrote a guide. Reviews got faster.",
    );
    expect(markdown).toContain("## other");
  });
});
