import { isNewerVersion } from "../storage/versioned";

/**
 * Turns what the export schema rejected into sentences a learner can act on: which part of their
 * file (question progress, session history, story bank) and what is wrong with it, in words, never
 * a schema path such as "problem at app: Invalid input".
 */

type Issue = {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: unknown;
  input?: unknown;
};

const partNames: Record<string, string> = {
  progress: "question progress",
  sessions: "session history",
  stories: "story bank",
  notebook: "answer notebook",
};

const fieldNames: Record<string, string> = {
  due: "next review date",
  at: "review date",
  history: "review history",
  grade: "grade",
  mode: "practice mode",
  card: "review schedule",
  startedAt: "start time",
  finishedAt: "finish time",
  createdAt: "date written",
  updatedAt: "date edited",
  situation: "situation",
  task: "task",
  action: "action",
  result: "result",
  outcome: "outcome",
  title: "title",
  skills: "skills",
  text: "written answer",
  attempts: "attempts",
};

const maxListed = 3;

export function describeImportProblems(data: unknown, issues: readonly Issue[]): string {
  const record =
    data && typeof data === "object" && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : null;
  if (!record || record.app !== "leadwise") {
    return "That file is not a Leadwise progress export: it has no Leadwise marker. Choose the JSON file that Export on the progress page saved.";
  }
  const newerParts = Object.entries({ progress: 2, sessions: 1, stories: 1, notebook: 1 })
    .filter(([part, known]) => isNewerVersion(record[part], known))
    .map(([part]) => partNames[part] ?? part);
  if (newerParts.length > 0) {
    return `That file was exported by a newer version of Leadwise (its ${newerParts.join(" and ")}). Reload Leadwise to get the newer version, then import it.`;
  }
  const sentences = [...new Set(issues.map(describeIssue))];
  const listed = sentences.slice(0, maxListed).join(" ");
  const more =
    sentences.length > maxListed
      ? ` And ${sentences.length - maxListed} more problem${sentences.length - maxListed === 1 ? "" : "s"} like these.`
      : "";
  return `That file could not be imported. ${listed}${more}`;
}

function describeIssue(issue: Issue): string {
  const [part, , ...rest] = issue.path;
  const partName = typeof part === "string" ? partNames[part] : undefined;
  if (!partName) {
    if (part === "exportedAt") return "Its export date is not a valid date.";
    return `Its ${typeof part === "string" ? `"${part}"` : "top level"} part is not what a Leadwise export holds.`;
  }
  const where = describeWhere(part as string, rest);
  return `In the ${partName}, ${where}${describeProblem(issue)}.`;
}

function describeWhere(part: string, rest: readonly PropertyKey[]): string {
  const [item, ...fields] = rest;
  const field = [...fields].reverse().find((key): key is string => typeof key === "string");
  const fieldName = field ? (fieldNames[field] ?? field) : null;
  if (item === undefined) return "the list itself ";
  const itemName =
    part === "progress"
      ? `the record for question "${String(item)}"`
      : part === "notebook"
        ? `the answers to question "${String(item)}"`
        : part === "sessions"
          ? `session ${Number(item) + 1}`
          : `story ${Number(item) + 1}`;
  return fieldName ? `${itemName} has a ${fieldName} that ` : `${itemName} `;
}

function describeProblem(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? "is missing"
        : `is the wrong kind of value (expected ${typeof issue.expected === "string" ? issue.expected : "another type"})`;
    case "invalid_format":
      return "is not in the expected format";
    case "too_small":
      return "is empty or too short";
    case "too_big":
      return "is too long";
    case "unrecognized_keys":
      return "has fields Leadwise does not know";
    case "invalid_value":
      return "has a value Leadwise does not know";
    default:
      return "is not valid";
  }
}
