import type { Story } from "./story";

/**
 * A line the learner wrote that Markdown would read as a heading (`## x`, or a setext underline of
 * `===`/`---`) or a thematic break is escaped, so each story stays one `##` section in the document.
 */
function escapeBlockMarkers(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) =>
      /^ {0,3}(#{1,6}(\s|$)|=+\s*$|-+\s*$|\*{3,}\s*$|_{3,}\s*$)/.test(line)
        ? line.replace(/^( {0,3})/, "$1\\")
        : line,
    )
    .join("\n");
}

/** Titles are one line; only a trailing run of `#`, which Markdown strips as a closing sequence, needs escaping. */
const headingText = (title: string) => title.replace(/(\s)(#+)\s*$/, "$1\\$2");

const starParts = [
  ["situation", "Situation"],
  ["task", "Task"],
  ["action", "Action"],
  ["result", "Result"],
] as const;

/** The whole bank as one Markdown document: a `##` section per story with its labelled STAR parts and skills. */
export function storiesToMarkdown(
  stories: readonly Story[],
  guideTitles: Readonly<Record<string, string>>,
): string {
  const sections = stories.map((story) => {
    const skills = story.skills.map((slug) => guideTitles[slug] ?? slug);
    return [
      `## ${headingText(story.title)}`,
      ...starParts.map(([field, label]) => `**${label}:** ${escapeBlockMarkers(story[field])}`),
      `**Outcome:** ${escapeBlockMarkers(story.outcome)}`,
      `**Skills:** ${skills.length > 0 ? skills.join(", ") : "none chosen"}`,
    ].join("\n\n");
  });
  return (
    [
      `# My interview stories`,
      `${stories.length} ${stories.length === 1 ? "story" : "stories"} from Leadwise, in situation, task, action, result form.`,
      ...sections,
    ].join("\n\n") + "\n"
  );
}

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** A story as plain text for an answer box: the title, then one line per STAR part and the outcome. */
export function storyAsPlainText(story: Story): string {
  return [
    oneLine(story.title),
    ...starParts.map(([field, label]) => `${label}: ${oneLine(story[field])}`),
    `Outcome: ${oneLine(story.outcome)}`,
  ].join("\n");
}
