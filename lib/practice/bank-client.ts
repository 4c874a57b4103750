import { difficulties, questionTypes } from "../content/vocabulary";
import { wholeNumber, z } from "../storage/stored-schema";
import {
  manifestPath,
  sourceBankPath,
  type PracticeItem,
  type PracticeManifest,
  type SourceBank,
} from "./bank-types";

/** The browser's one way to the practice bank files written at build time. */

const slug = () => z.string().check(z.minLength(1), z.maxLength(120));

/**
 * The manifest is checked before use: a stale or damaged file cached by a CDN or a service worker
 * must fail with the page's "could not be loaded" message, not as a crash deep in a filter.
 */
const manifestSchema = z.object({
  guides: z.array(z.object({ slug: slug(), title: z.string(), questionCount: wholeNumber() })),
  roles: z.array(z.object({ slug: slug(), title: z.string() })),
  tags: z.array(z.string()),
  items: z.array(
    z.object({
      id: slug(),
      kind: z.enum(["question", "check"]),
      source: slug(),
      sourceKind: z.enum(["guide", "role"]),
      type: z.nullable(z.enum(questionTypes)),
      difficulty: z.nullable(z.enum(difficulties)),
      tags: z.array(z.string()),
      roles: z.array(z.string()),
      hasWeakAnswer: z.boolean(),
    }),
  ),
});

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as unknown;
}

/** Parses a manifest; throws, naming the first problem, when it is not one. */
export function parsePracticeManifest(data: unknown): PracticeManifest {
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success)
    throw new Error(
      `${manifestPath} is not a practice manifest: ${parsed.error.issues[0]?.message}`,
    );
  return parsed.data;
}

export async function fetchPracticeManifest(): Promise<PracticeManifest> {
  return parsePracticeManifest(await fetchJson(manifestPath));
}

/** The full items for these ids, fetching only the source files they come from. */
export async function fetchItems(
  manifest: PracticeManifest,
  itemIds: readonly string[],
): Promise<Map<string, PracticeItem>> {
  const wanted = new Set(itemIds);
  const sources = [
    ...new Set(manifest.items.filter((item) => wanted.has(item.id)).map((item) => item.source)),
  ];
  const banks = await Promise.all(
    // Written by the same build as the manifest just validated, from content validated at build time.
    sources.map(async (source) => (await fetchJson(sourceBankPath(source))) as SourceBank),
  );
  return new Map(banks.flatMap((bank) => bank.items.map((item) => [item.id, item] as const)));
}
