import {
  manifestPath,
  sourceBankPath,
  type PracticeItem,
  type PracticeManifest,
  type SourceBank,
} from "./bank-types";

/** The browser's one way to the practice bank files written at build time. */

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

export function fetchPracticeManifest(): Promise<PracticeManifest> {
  return fetchJson<PracticeManifest>(manifestPath);
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
    sources.map((source) => fetchJson<SourceBank>(sourceBankPath(source))),
  );
  return new Map(banks.flatMap((bank) => bank.items.map((item) => [item.id, item] as const)));
}
