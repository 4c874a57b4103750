import { z } from "zod";
import { categories, difficulties, levels, questionTypes, type Category } from "./vocabulary";

export type { Category, Difficulty, Level, QuestionType } from "./vocabulary";

/**
 * The content model. Schemas come first; every type the site uses is inferred from them, so the
 * frontmatter an author writes, the pages and the practice runner cannot drift apart.
 */

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slugSchema = z
  .string()
  .regex(slugPattern, "a lowercase kebab-case slug such as `technical-leadership`");

/**
 * Control characters (other than tab and line breaks) are invisible in an editor, differ between the
 * server's HTML and the browser's DOM, and break hydration on every page that shows the string.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const text = z
  .string()
  .trim()
  .min(1, "non-empty text")
  .refine((value) => !controlCharacter.test(value), {
    error: (issue) => {
      const found = typeof issue.input === "string" ? controlCharacter.exec(issue.input)?.[0] : undefined;
      const code = found ? `U+${found.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")}` : "a control character";
      return `text without control characters; found ${code} (invisible in most editors): delete it`;
    },
  });
/** Prose that is rendered as Markdown (sanitised) on the page. */
const markdown = text;

export const categorySchema = z.enum(categories);

export const categoryLabels: Record<Category, { label: string; blurb: string }> = {
  leadership: {
    label: "Technical leadership",
    blurb: "Setting direction for a team and carrying it through delivery without relying on a title.",
  },
  people: {
    label: "Growing people",
    blurb: "Mentoring, coaching, delegating and hiring: how a lead multiplies the team around them.",
  },
  communication: {
    label: "Communication and influence",
    blurb: "Writing, aligning stakeholders and winning decisions across teams you do not run.",
  },
  direction: {
    label: "Technical direction",
    blurb: "Architecture decisions, strategy, standards and debt: the long-lived calls of a system.",
  },
  delivery: {
    label: "Delivery and operations",
    blurb: "Prioritising, estimating, measuring and leading through incidents.",
  },
  organization: {
    label: "Organisation and change",
    blurb: "Team shapes, headcount, distributed and inclusive teams, and leading people through reorgs and layoffs.",
  },
  career: {
    label: "Career and the loop",
    blurb: "The career story, owning failures, and how levels and offers are decided.",
  },
};

export const difficultySchema = z.enum(difficulties);

export const questionTypeSchema = z.enum(questionTypes);

export const levelSchema = z.enum(levels);

/** How the bar moves by level, for the questions where it does. At least one level is given. */
export const levelExpectationsSchema = z
  .object({ senior: markdown.optional(), staff: markdown.optional(), manager: markdown.optional() })
  .strict()
  .refine((levels) => Object.values(levels).some(Boolean), "at least one of senior, staff, manager");

/**
 * A flawed answer, written as a candidate might say it, for the "spot the weak answer" drill.
 * `flaws` are indices into the question's redFlags: the ones this answer commits.
 */
export const weakAnswerSchema = z
  .object({
    answer: markdown,
    flaws: z.array(z.number().int().min(0)).min(1, "at least one red flag the answer commits"),
    explanation: markdown,
  })
  .strict();
export type WeakAnswer = z.infer<typeof weakAnswerSchema>;

export const interviewQuestionSchema = z
  .object({
    /** Stable and unique across the library: progress is keyed on it, so it never changes. */
    id: slugSchema,
    question: text,
    type: questionTypeSchema,
    difficulty: difficultySchema,
    whyAsked: markdown,
    strongAnswer: markdown,
    signals: z.array(text).min(3, "at least 3 signals an interviewer listens for"),
    followUps: z.array(text).min(2, "at least 2 follow-up questions"),
    redFlags: z.array(text).min(2, "at least 2 red flags of a weak answer"),
    levels: levelExpectationsSchema.optional(),
    /**
     * The roles whose loops really ask this question. When absent, a guide question is offered to
     * every role that studies the guide, which over-matches: authors narrow it here.
     */
    roles: z.array(slugSchema).min(1, "at least one role slug").optional(),
    /** How the strong answer's story ends, for behavioral questions: not every real story is a win. */
    outcome: z.enum(["win", "mixed", "failed"]).optional(),
    weakAnswer: weakAnswerSchema.optional(),
    tags: z.array(slugSchema).default([]),
  })
  .strict()
  .superRefine((question, context) => {
    for (const [index, flaw] of (question.weakAnswer?.flaws ?? []).entries()) {
      if (flaw >= question.redFlags.length) {
        context.addIssue({ code: "custom", path: ["weakAnswer", "flaws", index], message: `red flag ${flaw} does not exist; this question has ${question.redFlags.length} (numbered from 0)` });
      }
    }
  });
export type InterviewQuestion = z.infer<typeof interviewQuestionSchema>;

export const knowledgeCheckOptionSchema = z
  .object({
    text,
    correct: z.boolean().default(false),
    /** For a wrong option: why it is wrong. For the right one: why it is right. */
    why: text,
  })
  .strict();

export const knowledgeCheckSchema = z
  .object({
    id: slugSchema,
    question: text,
    options: z
      .array(knowledgeCheckOptionSchema)
      .min(3, "3 to 5 options")
      .max(5, "3 to 5 options")
      .refine(
        (options) => options.filter((option) => option.correct).length === 1,
        "exactly one option with `correct: true`",
      ),
    explanation: markdown,
  })
  .strict();
export type KnowledgeCheck = z.infer<typeof knowledgeCheckSchema>;

export const conceptSchema = z
  .object({
    name: text,
    /** Who named or popularised the idea, when someone did (e.g. "Michael Nygard, 2011"). */
    origin: text.optional(),
    explanation: markdown,
  })
  .strict();
export type Concept = z.infer<typeof conceptSchema>;

export const resumeTipSchema = z
  .object({ tip: text, before: text, after: text })
  .strict();
export type ResumeTip = z.infer<typeof resumeTipSchema>;

export const exampleProjectSchema = z
  .object({ title: text, scope: text, signal: text, level: levelSchema })
  .strict();
export type ExampleProject = z.infer<typeof exampleProjectSchema>;

export const resourceKindSchema = z.enum(["book", "article", "paper", "talk", "report", "guide"]);

export const learningResourceSchema = z
  .object({
    title: text,
    author: text,
    year: z.number().int().min(1900).max(2100).optional(),
    kind: resourceKindSchema,
    /** What to read it for: which chapter, which idea. */
    note: text,
    url: z.url({ protocol: /^https$/ }).optional(),
  })
  .strict();
export type LearningResource = z.infer<typeof learningResourceSchema>;

export const faqEntrySchema = z.object({ question: text, answer: text }).strict();
export type FaqEntry = z.infer<typeof faqEntrySchema>;

export const sourceSchema = z
  .object({
    /** The figure or claim as the guide uses it. */
    claim: text,
    /** Who published it, named as the guide names it. */
    publisher: text,
    title: text.optional(),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

const isoDate = z.iso.date("a date written YYYY-MM-DD");

/** The frontmatter of `content/guides/<slug>.md`. The Markdown body holds the narrative sections. */
export const guideFrontmatterSchema = z
  .object({
    title: text,
    slug: slugSchema,
    category: categorySchema,
    summary: text.max(200, "at most 200 characters (it is the page's meta description)"),
    updated: isoDate,
    relatedSkills: z.array(slugSchema).min(1, "at least one related skill"),
    relatedRoles: z.array(slugSchema).min(1, "at least one related role"),
    tags: z.array(slugSchema).min(1, "at least one tag"),
    concepts: z.array(conceptSchema).min(5, "at least 5 core concepts"),
    questions: z.array(interviewQuestionSchema).min(12, "at least 12 interview questions"),
    knowledgeChecks: z.array(knowledgeCheckSchema).min(8, "at least 8 knowledge checks"),
    resumeTips: z.array(resumeTipSchema).min(5, "at least 5 resume tips"),
    exampleProjects: z.array(exampleProjectSchema).min(3, "at least 3 example projects"),
    resources: z.array(learningResourceSchema).min(4, "at least 4 learning resources"),
    faq: z.array(faqEntrySchema).min(8, "at least 8 FAQ entries"),
    sources: z.array(sourceSchema).default([]),
  })
  .strict();
export type GuideFrontmatter = z.infer<typeof guideFrontmatterSchema>;

/**
 * The narrative sections a guide's Markdown body is made of, each an `## ` heading with exactly this
 * text, in any order. The page decides the reading order so every guide reads the same way.
 */
export const guideSections = [
  { id: "what-it-is", heading: "What it is", required: true },
  { id: "why-companies-hire-for-it", heading: "Why companies hire for it", required: true },
  { id: "in-practice", heading: "How it shows up in practice", required: true },
  { id: "trade-offs", heading: "Trade-offs", required: true },
  { id: "best-practices", heading: "Best practices", required: true },
  { id: "common-mistakes", heading: "Common mistakes", required: true },
  { id: "system-design", heading: "System design and scaling", required: false },
  { id: "career-impact", heading: "Career impact", required: true },
] as const;
export type GuideSectionId = (typeof guideSections)[number]["id"];

/** The frontmatter of `content/roles/<slug>.md`. */
export const roleFrontmatterSchema = z
  .object({
    title: text,
    slug: slugSchema,
    summary: text.max(200, "at most 200 characters (it is the page's meta description)"),
    updated: isoDate,
    /** The guides this role leans on most, with why, in study order. */
    skills: z
      .array(z.object({ slug: slugSchema, why: text }).strict())
      .min(3, "at least 3 skills, each with why it matters for the role"),
    relatedRoles: z.array(slugSchema).default([]),
    questions: z.array(interviewQuestionSchema).min(5, "at least 5 role-specific interview questions"),
  })
  .strict();
export type RoleFrontmatter = z.infer<typeof roleFrontmatterSchema>;

export const roleSections = [
  { id: "what-the-role-owns", heading: "What the role owns", required: true },
  { id: "how-the-loop-runs", heading: "How the loop runs", required: true },
  { id: "what-separates-levels", heading: "What separates levels", required: true },
  { id: "how-to-prepare", heading: "How to prepare", required: true },
] as const;
export type RoleSectionId = (typeof roleSections)[number]["id"];
