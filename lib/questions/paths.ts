/** Where a question and the page it belongs to live; no imports, so client code can use it too. */
export function questionPath(id: string): string {
  return `/questions/${id}`;
}

export function ownerPath(owner: { kind: "guide" | "role"; slug: string }): string {
  return owner.kind === "guide" ? `/guides/${owner.slug}` : `/roles/${owner.slug}`;
}

export function tagPath(tag: string): string {
  return `/tags/${tag}`;
}

/** The hub filtered to any of these tags (a guide's "browse more questions"). */
export function questionsWithTagsPath(tags: readonly string[]): string {
  const params = new URLSearchParams();
  for (const tag of tags) params.append("tag", tag);
  const query = params.toString();
  return query ? `/questions?${query}` : "/questions";
}
