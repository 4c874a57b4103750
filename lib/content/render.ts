import GithubSlugger from "github-slugger";
import { createMarkdownRenderer, markdownToPlainText } from "./markdown";
import type { Guide, Role, Section } from "./parse";
import type { GuideSectionId, InterviewQuestion, Level, RoleSectionId } from "./schema";

/**
 * Turns a validated page into what its template shows: sanitised HTML for every Markdown field,
 * the reading order of the sections and the table of contents. Pure, so vitest checks it in node.
 */

export type TocEntry = { id: string; label: string };

export type RenderedQuestion = InterviewQuestion & {
  html: {
    whyAsked: string;
    strongAnswer: string;
    levels: Partial<Record<Level, string>>;
    /** Null when the question has no flawed answer for the "spot the weak answer" drill. */
    weakAnswer: { answer: string; explanation: string } | null;
  };
};

export type RenderedSection = { id: string; heading: string; html: string };

export type RenderedGuide = {
  guide: Guide;
  toc: TocEntry[];
  /** Narrative sections placed before the structured parts, in reading order. */
  leadSections: RenderedSection[];
  /** Narrative sections placed after core concepts and before the interview questions. */
  practiceSections: RenderedSection[];
  careerImpact: RenderedSection | undefined;
  concepts: (Guide["concepts"][number] & { html: string; anchor: string })[];
  questions: RenderedQuestion[];
  knowledgeChecks: (Guide["knowledgeChecks"][number] & { html: string })[];
  faq: (Guide["faq"][number] & { anchor: string; plainAnswer: string })[];
};

/** Ids of the page's own structured parts; Markdown headings never take them. */
export const guidePartIds = {
  concepts: "core-concepts",
  questions: "interview-questions",
  knowledgeChecks: "knowledge-check",
  resumeTips: "resume-tips",
  exampleProjects: "example-projects",
  resources: "learning-resources",
  faq: "faq",
  related: "related",
} as const;

const leadSectionIds: readonly GuideSectionId[] = ["what-it-is", "why-companies-hire-for-it"];
const practiceSectionIds: readonly GuideSectionId[] = ["in-practice", "trade-offs", "best-practices", "common-mistakes", "system-design"];

export function renderGuide(guide: Guide): RenderedGuide {
  const faqAnchors = anchorsFor(guide.faq.map((entry) => entry.question), "faq-");
  const conceptAnchors = anchorsFor(guide.concepts.map((concept) => concept.name), "concept-");
  const reserved = [
    ...guide.sections.map((section) => section.id),
    ...Object.values(guidePartIds),
    ...guide.questions.map((question) => question.id),
    ...faqAnchors,
    ...conceptAnchors,
  ];
  const render = createMarkdownRenderer(reserved);
  const renderSection = (section: Section<GuideSectionId>): RenderedSection => ({ id: section.id, heading: section.heading, html: render(section.markdown) });
  const sectionsIn = (ids: readonly GuideSectionId[]) =>
    ids.flatMap((id) => guide.sections.filter((section) => section.id === id)).map(renderSection);

  const leadSections = sectionsIn(leadSectionIds);
  const practiceSections = sectionsIn(practiceSectionIds);
  const careerImpact = sectionsIn(["career-impact"])[0];

  const toc: TocEntry[] = [
    ...leadSections.map(({ id, heading }) => ({ id, label: heading })),
    { id: guidePartIds.concepts, label: "Core concepts" },
    ...practiceSections.map(({ id, heading }) => ({ id, label: heading })),
    { id: guidePartIds.questions, label: "Interview questions" },
    { id: guidePartIds.knowledgeChecks, label: "Check your understanding" },
    { id: guidePartIds.resumeTips, label: "Resume tips" },
    { id: guidePartIds.exampleProjects, label: "Example projects" },
    ...(careerImpact ? [{ id: careerImpact.id, label: careerImpact.heading }] : []),
    { id: guidePartIds.resources, label: "Learning resources" },
    { id: guidePartIds.faq, label: "FAQ" },
    { id: guidePartIds.related, label: "Related skills and roles" },
  ];

  return {
    guide,
    toc,
    leadSections,
    practiceSections,
    careerImpact,
    concepts: guide.concepts.map((concept, index) => ({ ...concept, html: render(concept.explanation), anchor: conceptAnchors[index] ?? "" })),
    questions: guide.questions.map((question) => renderQuestion(question, render)),
    knowledgeChecks: guide.knowledgeChecks.map((check) => ({ ...check, html: render(check.explanation) })),
    faq: guide.faq.map((entry, index) => ({ ...entry, anchor: faqAnchors[index] ?? "", plainAnswer: markdownToPlainText(entry.answer) })),
  };
}

export type RenderedRole = {
  role: Role;
  toc: TocEntry[];
  sections: RenderedSection[];
  questions: RenderedQuestion[];
};

export function renderRole(role: Role): RenderedRole {
  const render = createMarkdownRenderer([...role.sections.map((section) => section.id), "skills", "interview-questions", "related", ...role.questions.map((question) => question.id)]);
  const sections = role.sections.map((section: Section<RoleSectionId>) => ({ id: section.id, heading: section.heading, html: render(section.markdown) }));
  const [owns, ...rest] = sections;
  return {
    role,
    sections,
    toc: [
      ...(owns ? [{ id: owns.id, label: owns.heading }] : []),
      { id: "skills", label: "Skills to study" },
      ...rest.map(({ id, heading }) => ({ id, label: heading })),
      { id: "interview-questions", label: "Interview questions" },
      { id: "related", label: "Related roles and guides" },
    ],
    questions: role.questions.map((question) => renderQuestion(question, render)),
  };
}

function renderQuestion(question: InterviewQuestion, render: (markdown: string) => string): RenderedQuestion {
  const levels: Partial<Record<Level, string>> = {};
  for (const level of ["senior", "staff", "manager"] as const) {
    const expectation = question.levels?.[level];
    if (expectation) levels[level] = render(expectation);
  }
  const weakAnswer = question.weakAnswer ? { answer: render(question.weakAnswer.answer), explanation: render(question.weakAnswer.explanation) } : null;
  return { ...question, html: { whyAsked: render(question.whyAsked), strongAnswer: render(question.strongAnswer), levels, weakAnswer } };
}

function anchorsFor(labels: readonly string[], prefix: string): string[] {
  const slugger = new GithubSlugger();
  return labels.map((label) => `${prefix}${slugger.slug(label).slice(0, 60).replace(/-+$/, "")}`);
}
