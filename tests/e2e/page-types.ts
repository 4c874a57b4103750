/** One page of every type the site has: the accessibility and phone smoke tests walk all of them. */
export const pageTypes = [
  { type: "home", path: "/" },
  { type: "catalog", path: "/guides" },
  { type: "guide", path: "/guides/technical-leadership" },
  { type: "roles index", path: "/roles" },
  { type: "role", path: "/roles/tech-lead" },
  { type: "questions hub", path: "/questions?difficulty=hard" },
  { type: "question", path: "/questions/adr-decision-that-went-wrong" },
  { type: "tags index", path: "/tags" },
  { type: "tag", path: "/tags/decision-making" },
  { type: "practice", path: "/practice" },
  { type: "progress", path: "/progress" },
  { type: "stories", path: "/stories" },
  { type: "plan", path: "/plan" },
  { type: "notebook", path: "/notebook" },
  { type: "offline", path: "/offline" },
  { type: "404", path: "/not-a-page" },
];
