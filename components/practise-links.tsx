import { practiseSourcePath } from "@/lib/practice/set-links";

/**
 * Plain links that start a set of one guide's or role's questions (no JavaScript on this page). Each
 * carries a seed, so it opens at question 1 and can be shared; the runner links back to the launcher
 * for anyone who wants other settings.
 */
export function PractiseLinks({
  filter,
  name,
  withKnowledgeCheck,
}: {
  filter: { skills: [string] } | { roles: [string] };
  name: string;
  withKnowledgeCheck: boolean;
}) {
  const href = (mode: "flashcards" | "mock" | "quiz") => practiseSourcePath(filter, mode);
  const base = "inline-flex min-h-11 items-center rounded-md px-4 font-semibold no-underline";
  return (
    <div
      className="no-print mb-6 flex flex-wrap gap-3"
      role="group"
      aria-label={`Practise ${name} questions`}
      data-pagefind-ignore
    >
      <a href={href("flashcards")} className={`${base} bg-accent text-accent-fg`}>
        Practise these questions
      </a>
      <a href={href("mock")} className={`${base} border border-border text-fg hover:bg-surface`}>
        Mock interview
      </a>
      {withKnowledgeCheck ? (
        <a href={href("quiz")} className={`${base} border border-border text-fg hover:bg-surface`}>
          Knowledge check
        </a>
      ) : null}
    </div>
  );
}
