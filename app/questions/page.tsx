import type { Metadata } from "next";
import { Island } from "@/components/islands/island";
import { questionTypeLabels } from "@/components/badges";
import { type FacetGroup } from "@/components/questions/question-filters";
import { QuestionLinkList, questionFacetValues } from "@/components/questions/question-list";
import { getLibrary } from "@/lib/content/load";
import { difficultySchema, questionTypeSchema } from "@/lib/content/schema";
import { collectLibraryQuestions, type LibraryQuestion } from "@/lib/questions/collect";
import type { QuestionFacet } from "@/lib/questions/filter";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Every interview question",
  description:
    "Every technical-leadership interview question in Leadwise, filterable by skill, tag, difficulty, type and role, each with a strong answer.",
  path: "/questions",
});

const listId = "question-list";
const difficultyLabels = { easy: "Easy", medium: "Medium", hard: "Hard" } as const;

function countBy(entries: readonly LibraryQuestion[], facet: QuestionFacet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries)
    for (const value of questionFacetValues(entry)[facet])
      counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

export default function QuestionsPage() {
  const library = getLibrary();
  const entries = collectLibraryQuestions(library);
  const option = (facet: QuestionFacet) => {
    const counts = countBy(entries, facet);
    return (value: string, label: string) => ({ value, label, count: counts.get(value) ?? 0 });
  };
  const difficulty = option("difficulty");
  const type = option("type");
  const role = option("role");
  const skill = option("skill");
  const tag = option("tag");
  const tags = [...countBy(entries, "tag").keys()].sort();
  const groups: FacetGroup[] = [
    {
      facet: "difficulty",
      legend: "Difficulty",
      options: difficultySchema.options.map((value) => difficulty(value, difficultyLabels[value])),
    },
    {
      facet: "type",
      legend: "Type",
      options: questionTypeSchema.options.map((value) => type(value, questionTypeLabels[value])),
    },
    {
      facet: "role",
      legend: "Role",
      options: [...library.roles]
        .sort((a, b) => a.title.localeCompare(b.title))
        .map((page) => role(page.slug, page.title)),
    },
    {
      facet: "skill",
      legend: "Skill",
      options: [...library.guides]
        .sort((a, b) => a.title.localeCompare(b.title))
        .map((page) => skill(page.slug, page.title)),
    },
    { facet: "tag", legend: "Tag", options: tags.map((value) => tag(value, value)) },
  ];

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="mb-2 text-4xl font-bold tracking-tight">Interview questions</h1>
      <p className="mb-8 max-w-3xl text-lg text-muted">
        All {entries.length} questions from the skill guides and role pages, each with why it is
        asked, a strong answer, the signals interviewers listen for and the red flags of a weak one.
        Filter them, then share the address: the filters travel with it.
      </p>
      <div className="lg:grid lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-10">
        <aside aria-label="Filters" className="mb-8 lg:mb-0">
          <Island name="QuestionFilters" props={{ groups, total: entries.length, listId }} />
        </aside>
        <QuestionLinkList entries={entries} id={listId} filterable label="Questions" />
      </div>
    </div>
  );
}
