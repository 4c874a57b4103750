import {
  progressSchema,
  sessionHistorySchema,
  type Progress,
  type SessionHistory,
} from "../practice/progress";
import { notebookSchema, type Notebook } from "../notebook/notebook";
import { z, type Infer } from "../storage/stored-schema";
import { parseJson } from "../storage/versioned";
import { storedPlanSchema, type StoredPlan } from "../plan/stored-plan";
import { storyBankSchema, type StoryBank } from "../stories/story";
import { describeImportProblems } from "./import-problems";

/**
 * The one file a learner downloads and imports: question progress, session history, the story
 * bank, the loop plan and the answer notebook together. It sits above practice and stories, which know
 * nothing of each other.
 */

export const exportSchema = z.strictObject({
  app: z.literal("leadwise"),
  exportedAt: z.iso.datetime(),
  progress: progressSchema,
  sessions: sessionHistorySchema,
  // Added with the story bank: optional, so exports made before it still import.
  stories: z.optional(storyBankSchema),
  // Added with the loop plan and the answer notebook: optional for the same reason.
  plan: z.optional(storedPlanSchema),
  notebook: z.optional(notebookSchema),
});
export type ProgressExport = Infer<typeof exportSchema>;

export function buildExport(
  progress: Progress,
  sessions: SessionHistory,
  now: Date,
  stories?: StoryBank,
  plan?: StoredPlan,
  notebook?: Notebook,
): ProgressExport {
  return {
    app: "leadwise",
    exportedAt: now.toISOString(),
    progress,
    sessions,
    ...(stories ? { stories } : {}),
    ...(plan ? { plan } : {}),
    ...(notebook ? { notebook } : {}),
  };
}

export type ImportResult = { ok: true; value: ProgressExport } | { ok: false; error: string };

export function parseImport(text: string): ImportResult {
  const data = parseJson(text);
  if (data === undefined)
    return {
      ok: false,
      error:
        "That file is not JSON. Choose a file exported from Leadwise's progress page. Nothing was changed.",
    };
  const parsed = exportSchema.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      error: `${describeImportProblems(data, parsed.error.issues)} Nothing was changed.`,
    };
  return { ok: true, value: parsed.data };
}
