import type { Library } from "../content/library";
import type { RenderedQuestion } from "../content/render";
import { renderedGuide, renderedRole } from "../content/rendered";
import type {
  CheckItem,
  ManifestItem,
  PracticeManifest,
  QuestionItem,
  SourceBank,
} from "./bank-types";

/** Build-time only: turns the validated library into the runner's manifest and per-source banks. */

function rolesForGuide(slug: string, relatedRoles: readonly string[], library: Library): string[] {
  const naming = library.roles
    .filter((role) => role.skills.some((skill) => skill.slug === slug))
    .map((role) => role.slug);
  return [...new Set([...relatedRoles, ...naming])].sort();
}

export function buildManifest(library: Library): PracticeManifest {
  const items: ManifestItem[] = [];
  for (const guide of library.guides) {
    const roles = rolesForGuide(guide.slug, guide.relatedRoles, library);
    for (const question of guide.questions) {
      items.push({
        id: question.id,
        kind: "question",
        source: guide.slug,
        sourceKind: "guide",
        type: question.type,
        difficulty: question.difficulty,
        tags: [...new Set([...guide.tags, ...question.tags])],
        roles,
        hasWeakAnswer: question.weakAnswer !== undefined,
      });
    }
    for (const check of guide.knowledgeChecks) {
      items.push({
        id: check.id,
        kind: "check",
        source: guide.slug,
        sourceKind: "guide",
        type: null,
        difficulty: null,
        tags: guide.tags,
        roles,
        hasWeakAnswer: false,
      });
    }
  }
  for (const role of library.roles) {
    for (const question of role.questions) {
      items.push({
        id: question.id,
        kind: "question",
        source: role.slug,
        sourceKind: "role",
        type: question.type,
        difficulty: question.difficulty,
        tags: question.tags,
        roles: [role.slug],
        hasWeakAnswer: question.weakAnswer !== undefined,
      });
    }
  }
  const byTitle = <T extends { title: string }>(a: T, b: T) => a.title.localeCompare(b.title);
  return {
    guides: library.guides
      .map((guide) => ({
        slug: guide.slug,
        title: guide.title,
        questionCount: guide.questions.length,
      }))
      .sort(byTitle),
    roles: library.roles.map((role) => ({ slug: role.slug, title: role.title })).sort(byTitle),
    tags: [...new Set(items.flatMap((item) => item.tags))].sort(),
    items,
  };
}

function toQuestionItem(
  question: RenderedQuestion,
  source: { slug: string; title: string; kind: "guide" | "role" },
): QuestionItem {
  return {
    kind: "question",
    id: question.id,
    source: source.slug,
    sourceKind: source.kind,
    sourceTitle: source.title,
    question: question.question,
    type: question.type,
    difficulty: question.difficulty,
    whyAskedHtml: question.html.whyAsked,
    strongAnswerHtml: question.html.strongAnswer,
    signals: question.signals,
    followUps: question.followUps,
    redFlags: question.redFlags,
    levelsHtml: question.html.levels,
    weakAnswer:
      question.weakAnswer && question.html.weakAnswer
        ? {
            answerHtml: question.html.weakAnswer.answer,
            flaws: question.weakAnswer.flaws,
            explanationHtml: question.html.weakAnswer.explanation,
          }
        : null,
  };
}

export function buildSourceBank(library: Library, source: string): SourceBank | undefined {
  const guide = library.guides.find((candidate) => candidate.slug === source);
  if (guide) {
    const rendered = renderedGuide(guide);
    const owner = { slug: guide.slug, title: guide.title, kind: "guide" as const };
    const checks: CheckItem[] = rendered.knowledgeChecks.map((check) => ({
      kind: "check",
      id: check.id,
      source: guide.slug,
      sourceKind: "guide",
      sourceTitle: guide.title,
      question: check.question,
      options: check.options,
      explanationHtml: check.html,
    }));
    return {
      source,
      items: [...rendered.questions.map((question) => toQuestionItem(question, owner)), ...checks],
    };
  }
  const role = library.roles.find((candidate) => candidate.slug === source);
  if (!role) return undefined;
  const owner = { slug: role.slug, title: role.title, kind: "role" as const };
  return {
    source,
    items: renderedRole(role).questions.map((question) => toQuestionItem(question, owner)),
  };
}
