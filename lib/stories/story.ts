import { z, type Infer, type StringCheck } from "../storage/stored-schema";
import { isNewerVersion, newerVersionNotice, parseJson, plural } from "../storage/versioned";

/**
 * The learner's STAR stories, kept in the browser only, under one key, in a versioned format. Each
 * story is validated on its own when loaded, so one damaged story is dropped and the rest are kept.
 * There is no cap on how many: the bank holds what the browser's quota allows, and a write that does
 * not fit is refused with a notice rather than making room by deleting.
 */

const maxPartLength = 4000;

const requiredText = (label: string, max: number, ...extra: StringCheck[]) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, `Write the ${label}.`),
      z.maxLength(max, `Keep the ${label} under ${max} characters.`),
      ...extra,
    );
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What the learner writes: everything in a story except its id and dates. */
const storyInputShape = {
  // One line: it becomes a Markdown heading and a column header.
  title: requiredText("title", 120, z.regex(/^[^\r\n]*$/, "Keep the title on one line.")),
  situation: requiredText("situation", maxPartLength),
  task: requiredText("task", maxPartLength),
  action: requiredText("action", maxPartLength),
  result: requiredText("result", maxPartLength),
  outcome: requiredText("outcome", 200, z.regex(/^[^\r\n]*$/, "Keep the outcome on one line.")),
  // Guide slugs. A slug whose guide was later removed is kept and simply shows nowhere.
  skills: z.array(z.string().check(z.regex(slugPattern), z.maxLength(80))).check(z.maxLength(40)),
};
export const storyInputSchema = z.strictObject(storyInputShape);
export type StoryInput = Infer<typeof storyInputSchema>;
export type StoryField = keyof StoryInput;

export const storySchema = z.strictObject({
  ...storyInputShape,
  id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Story = Infer<typeof storySchema>;

export const storyBankSchema = z.strictObject({
  version: z.literal(1),
  stories: z.array(storySchema),
});
export type StoryBank = Infer<typeof storyBankSchema>;

export const emptyStoryBank = (): StoryBank => ({ version: 1, stories: [] });

/** `newer`: a newer Leadwise wrote the bank; it is shown as far as it reads and never written. */
export type LoadedStories = { value: StoryBank; notice: string | null; newer?: true };

/** Reads the stored bank: keeps every valid story (first copy of an id wins), drops damaged ones, never throws. */
export function loadStories(raw: string | null): LoadedStories {
  if (raw === null) return { value: emptyStoryBank(), notice: null };
  const data = parseJson(raw);
  const newer = isNewerVersion(data, 1);
  if (
    data &&
    typeof data === "object" &&
    "version" in data &&
    (data.version === 1 || newer) &&
    "stories" in data &&
    Array.isArray(data.stories)
  ) {
    const kept: Story[] = [];
    const seen = new Set<string>();
    let dropped = 0;
    for (const candidate of data.stories as unknown[]) {
      const parsed = storySchema.safeParse(candidate);
      if (parsed.success && !seen.has(parsed.data.id)) {
        kept.push(parsed.data);
        seen.add(parsed.data.id);
      } else dropped += 1;
    }
    if (newer)
      return {
        value: { version: 1, stories: sortStories(kept) },
        notice: newerVersionNotice("story bank"),
        newer,
      };
    return {
      value: { version: 1, stories: sortStories(kept) },
      notice:
        dropped > 0
          ? `${plural(dropped, "saved story was", "saved stories were")} damaged or repeated and removed; your other stories are intact.`
          : null,
    };
  }
  if (newer) return { value: emptyStoryBank(), notice: newerVersionNotice("story bank"), newer };
  return {
    value: emptyStoryBank(),
    notice:
      "Your saved stories could not be read, so the story bank was reset. Your practice progress was not affected.",
  };
}

/** Newest first, by when each story was written; ties broken by id so the order is stable. */
export function sortStories(stories: readonly Story[]): Story[] {
  return [...stories].sort(
    (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || a.id.localeCompare(b.id),
  );
}

/** A short id that needs no secure context (crypto.randomUUID does): time plus randomness. */
export function newStoryId(now: Date, random: () => number = Math.random): string {
  const entropy = Array.from({ length: 8 }, () => Math.floor(random() * 36).toString(36)).join("");
  return `s-${now.getTime().toString(36)}-${entropy}`;
}

/** Keeps each skill once, in the order given. */
const uniqueSkills = (skills: readonly string[]) => [...new Set(skills)];

export function createStory(
  bank: StoryBank,
  input: StoryInput,
  id: string,
  now: Date,
): { bank: StoryBank; story: Story } {
  const at = now.toISOString();
  const story: Story = storySchema.parse({
    ...input,
    skills: uniqueSkills(input.skills),
    id,
    createdAt: at,
    updatedAt: at,
  });
  if (bank.stories.some((existing) => existing.id === id))
    throw new Error(`A story with id ${id} already exists.`);
  return { bank: { version: 1, stories: sortStories([story, ...bank.stories]) }, story };
}

/** Replaces the written parts of one story and stamps it; an unknown id leaves the bank as it was. */
export function updateStory(bank: StoryBank, id: string, input: StoryInput, now: Date): StoryBank {
  return {
    version: 1,
    stories: bank.stories.map((story) =>
      story.id === id
        ? storySchema.parse({
            ...story,
            ...input,
            skills: uniqueSkills(input.skills),
            updatedAt: now.toISOString(),
          })
        : story,
    ),
  };
}

export function deleteStory(bank: StoryBank, id: string): StoryBank {
  return { version: 1, stories: bank.stories.filter((story) => story.id !== id) };
}

/** Import merge: stories are matched by id and the copy edited most recently wins; the rest are unioned. */
export function mergeStories(current: StoryBank, incoming: StoryBank): StoryBank {
  const byId = new Map(current.stories.map((story) => [story.id, story]));
  for (const story of incoming.stories) {
    const existing = byId.get(story.id);
    // Compared as instants: ISO strings with and without milliseconds do not sort as text.
    if (!existing || Date.parse(story.updatedAt) > Date.parse(existing.updatedAt))
      byId.set(story.id, story);
  }
  return { version: 1, stories: sortStories([...byId.values()]) };
}

export function storiesForSkill(stories: readonly Story[], slug: string): Story[] {
  return stories.filter((story) => story.skills.includes(slug));
}

/**
 * For the picker beside a question: stories that show any of the question's skills first (those
 * showing more of them before those showing fewer), then every other story, each group in bank order.
 */
export function storiesBySkillMatch(
  stories: readonly Story[],
  skills: readonly string[],
): { matching: Story[]; others: Story[] } {
  const wanted = new Set(skills);
  const overlap = (story: Story) => story.skills.filter((skill) => wanted.has(skill)).length;
  const matching = stories.filter((story) => overlap(story) > 0);
  // Array.prototype.sort is stable, so equal overlaps keep bank order.
  matching.sort((a, b) => overlap(b) - overlap(a));
  return { matching, others: stories.filter((story) => overlap(story) === 0) };
}
