import type { z } from "zod";

/** One thing wrong with one content file, precise enough to fix without opening the loader. */
export type ContentProblem = {
  /** Path relative to the project root, e.g. `content/guides/mentoring.md`. */
  file: string;
  /** Where in the file: a field path such as `questions[3].difficulty`, or `body` for the Markdown. */
  path: string;
  message: string;
};

export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = "ContentError";
    this.problems = problems;
  }
}

export function formatFieldPath(path: readonly PropertyKey[]): string {
  let formatted = "";
  for (const key of path) {
    if (typeof key === "number") formatted += `[${key}]`;
    else formatted += formatted ? `.${String(key)}` : String(key);
  }
  return formatted || "(frontmatter)";
}

export function problemsFromZod(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    path: formatFieldPath(issue.path),
    message: describeIssue(issue),
  }));
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") {
    return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((key) => `\`${key}\``).join(", ")} (check the spelling against the schema)`;
  }
  if (issue.code === "invalid_type" && issue.message.endsWith("received undefined")) {
    return `missing: expected ${issue.expected}`;
  }
  return issue.message;
}

/** Groups problems by file so a long report stays readable; every problem is listed. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems) {
    const list = byFile.get(problem.file) ?? [];
    list.push(problem);
    byFile.set(problem.file, list);
  }
  const lines = [
    `Content has ${problems.length} problem${problems.length === 1 ? "" : "s"} in ${byFile.size} file${byFile.size === 1 ? "" : "s"}:`,
  ];
  for (const [file, list] of byFile) {
    lines.push(`  ${file}`);
    for (const problem of list) lines.push(`    ${problem.path}: ${problem.message}`);
  }
  return lines.join("\n");
}
