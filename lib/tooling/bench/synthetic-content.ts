import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { guideSections, roleSections } from "../../content/schema";

/**
 * Builds valid content files for tests and the benchmark: every field the schema requires, with
 * text that varies by index so the editorial duplicate check sees distinct sentences.
 */

type Frontmatter = Record<string, unknown>;

const difficulties = ["easy", "medium", "hard"] as const;
const types = ["behavioral", "situational", "technical", "system-design"] as const;

function sentence(seed: string, index: number, words = 14): string {
  const vocabulary = [
    "roadmap",
    "incident",
    "review",
    "migration",
    "deadline",
    "latency",
    "budget",
    "mentee",
    "rollout",
    "queue",
    "contract",
    "staffing",
    "pager",
    "schema",
    "quarter",
    "vendor",
  ];
  const chosen = Array.from(
    { length: words },
    (_, offset) => vocabulary[(index * 7 + offset * 3 + seed.length) % vocabulary.length],
  );
  return `${seed} ${index} ${chosen.join(" ")}.`;
}

export function syntheticGuide(
  slug: string,
  options: { relatedSkills: string[]; relatedRoles: string[]; proseWords?: number },
): { frontmatter: Frontmatter; body: string } {
  const frontmatter: Frontmatter = {
    title: `Synthetic ${slug}`,
    slug,
    category: "leadership",
    summary: `A generated guide called ${slug} for tests and benchmarks.`,
    updated: "2026-11-21",
    relatedSkills: options.relatedSkills,
    relatedRoles: options.relatedRoles,
    tags: ["leadership", "planning"],
    concepts: Array.from({ length: 5 }, (_, index) => ({
      name: `Concept ${index} of ${slug}`,
      explanation: sentence(`${slug} concept`, index),
    })),
    questions: Array.from({ length: 12 }, (_, index) => ({
      id: `${slug}-q${index}`,
      question: `Question ${index} about ${slug}?`,
      type: types[index % types.length],
      difficulty: difficulties[index % difficulties.length],
      whyAsked: sentence(`${slug} why`, index),
      strongAnswer: `**Situation.** ${sentence(`${slug} situation`, index, 30)}\n\n**Task.** ${sentence(`${slug} task`, index, 30)}\n\n**Action.** ${sentence(`${slug} action`, index, 30)}\n\n**Result.** ${sentence(`${slug} result`, index, 30)}`,
      ...(types[index % types.length] === "behavioral"
        ? { outcome: index % 8 === 0 ? "mixed" : "win" }
        : {}),
      signals: [
        `${slug} signal ${index} a`,
        `${slug} signal ${index} b`,
        `${slug} signal ${index} c`,
      ],
      followUps: [`${slug} follow-up ${index} a?`, `${slug} follow-up ${index} b?`],
      redFlags: [`${slug} red flag ${index} a`, `${slug} red flag ${index} b`],
      levels: {
        senior: sentence(`${slug} senior`, index),
        staff: sentence(`${slug} staff`, index),
      },
    })),
    knowledgeChecks: Array.from({ length: 8 }, (_, index) => ({
      id: `${slug}-kc${index}`,
      question: `Knowledge check ${index} on ${slug}?`,
      options: [
        {
          text: `Right answer ${index}`,
          correct: true,
          why: `Because ${slug} ${index} works that way.`,
        },
        { text: `Wrong answer ${index} a`, why: `Misreads ${slug} ${index}.` },
        { text: `Wrong answer ${index} b`, why: `Confuses ${slug} ${index} with another idea.` },
      ],
      explanation: sentence(`${slug} explanation`, index),
    })),
    resumeTips: Array.from({ length: 5 }, (_, index) => ({
      tip: `Tip ${index} for ${slug}`,
      before: `Did ${slug} ${index}.`,
      after: `Did ${slug} ${index} for 4 teams, cutting lead time 30%.`,
    })),
    exampleProjects: Array.from({ length: 3 }, (_, index) => ({
      title: `Project ${index} ${slug}`,
      scope: `Scope ${index}`,
      signal: `Signal ${index}`,
      level: "senior",
    })),
    resources: Array.from({ length: 4 }, (_, index) => ({
      title: `Resource ${index} ${slug}`,
      author: "A. Author",
      kind: "book",
      note: `Read chapter ${index}.`,
    })),
    faq: Array.from({ length: 8 }, (_, index) => ({
      question: `FAQ ${index} about ${slug}?`,
      answer: sentence(`${slug} answer`, index),
    })),
  };
  const wordsPerSection = Math.ceil((options.proseWords ?? 1600) / 8);
  const body = guideSections
    .map((section, sectionIndex) => {
      const paragraphs = Array.from({ length: Math.ceil(wordsPerSection / 16) }, (_, index) =>
        sentence(`${slug} ${section.id}`, sectionIndex * 100 + index),
      );
      return `## ${section.heading}\n\n${paragraphs.join("\n\n")}`;
    })
    .join("\n\n");
  return { frontmatter, body };
}

export function syntheticRole(
  slug: string,
  guideSlugs: string[],
): { frontmatter: Frontmatter; body: string } {
  const guide = syntheticGuide(`${slug}-role`, { relatedSkills: [], relatedRoles: [] });
  const frontmatter: Frontmatter = {
    title: `Synthetic role ${slug}`,
    slug,
    summary: `A generated role called ${slug}.`,
    updated: "2026-11-21",
    skills: guideSlugs
      .slice(0, 3)
      .map((guideSlug) => ({ slug: guideSlug, why: `It matters for ${slug}.` })),
    relatedRoles: [],
    questions: (guide.frontmatter.questions as Frontmatter[]).slice(0, 5),
  };
  const body = roleSections
    .map(
      (section, index) =>
        `## ${section.heading}\n\n${Array.from({ length: 12 }, (_, line) => sentence(`${slug} ${section.id}`, index * 50 + line, 16)).join("\n\n")}`,
    )
    .join("\n\n");
  return { frontmatter, body };
}

export function toMarkdownFile({
  frontmatter,
  body,
}: {
  frontmatter: Frontmatter;
  body: string;
}): string {
  return matter.stringify(`\n${body}\n`, frontmatter);
}

/** Writes a whole library of `count` guides and two roles into `root` (content/ layout). */
export function writeSyntheticLibrary(root: string, count: number): void {
  mkdirSync(path.join(root, "guides"), { recursive: true });
  mkdirSync(path.join(root, "roles"), { recursive: true });
  const slugs = Array.from(
    { length: count },
    (_, index) => `guide-${String(index).padStart(4, "0")}`,
  );
  slugs.forEach((slug, index) => {
    const related = [slugs[(index + 1) % count], slugs[(index + 2) % count]].filter(
      (other): other is string => !!other && other !== slug,
    );
    const guide = syntheticGuide(slug, {
      relatedSkills: related.length > 0 ? related : [],
      relatedRoles: ["role-a"],
    });
    writeFileSync(path.join(root, "guides", `${slug}.md`), toMarkdownFile(guide));
  });
  for (const role of ["role-a", "role-b"])
    writeFileSync(
      path.join(root, "roles", `${role}.md`),
      toMarkdownFile(syntheticRole(role, slugs)),
    );
}
