import type { RenderedQuestion } from "@/lib/content/render";
import type { Level } from "@/lib/content/schema";
import { DifficultyBadge, TypeBadge } from "./badges";
import { Prose } from "./page-section";

const levelLabels: Record<Level, string> = { senior: "Senior", staff: "Staff", manager: "Manager" };

function ListBlock({ title, items, tone }: { title: string; items: string[]; tone: "good" | "plain" | "bad" }) {
  const marker = tone === "good" ? "text-good" : tone === "bad" ? "text-bad" : "text-muted";
  return (
    <div>
      <h4 className="mb-1 text-sm font-semibold uppercase tracking-wide text-muted">{title}</h4>
      <ul className="space-y-1">
        {items.map((item) => (
          <li key={item} className="flex gap-2">
            <span aria-hidden="true" className={marker}>
              {tone === "good" ? "✓" : tone === "bad" ? "✗" : "→"}
            </span>
            <span>{item}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One interview question with everything an interviewer listens for; its id is its `#anchor`. */
export function QuestionCard({ question, number }: { question: RenderedQuestion; number: number }) {
  const levels = Object.entries(question.html.levels) as [Level, string][];
  return (
    <article id={question.id} data-question={question.id} aria-labelledby={`${question.id}-title`} className="scroll-mt-4 rounded-lg border border-border p-4 sm:p-6">
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <span className="text-sm text-muted">Q{number}</span>
        <TypeBadge type={question.type} />
        <DifficultyBadge difficulty={question.difficulty} />
      </div>
      <h3 id={`${question.id}-title`} className="mb-4 text-xl font-semibold leading-snug">
        <a href={`#${question.id}`} className="text-fg no-underline hover:underline">
          {question.question}
        </a>
      </h3>
      <div className="space-y-5">
        <div>
          <h4 className="mb-1 text-sm font-semibold uppercase tracking-wide text-muted">Why it is asked</h4>
          <Prose html={question.html.whyAsked} />
        </div>
        <div className="rounded-md bg-surface p-4">
          <h4 className="mb-1 text-sm font-semibold uppercase tracking-wide text-muted">A strong answer</h4>
          <Prose html={question.html.strongAnswer} />
        </div>
        <div className="grid gap-5 md:grid-cols-2">
          <ListBlock title="Signals interviewers listen for" items={question.signals} tone="good" />
          <ListBlock title="Red flags" items={question.redFlags} tone="bad" />
        </div>
        <ListBlock title="Follow-ups to expect" items={question.followUps} tone="plain" />
        {levels.length > 0 ? (
          <div>
            <h4 className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">How the bar moves by level</h4>
            <dl className="grid gap-3 md:grid-cols-3">
              {levels.map(([level, html]) => (
                <div key={level} className="rounded-md border border-border p-3">
                  <dt className="font-semibold">{levelLabels[level]}</dt>
                  <dd>
                    <Prose html={html} className="prose-sm" />
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        ) : null}
      </div>
    </article>
  );
}

/** The overview table: every question at a glance, each row linking to its card. */
export function QuestionTable({ questions, caption }: { questions: RenderedQuestion[]; caption: string }) {
  return (
    <div className="mb-8 overflow-x-auto rounded-lg border border-border">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-surface">
          <tr>
            <th scope="col" className="p-3 font-semibold">Question</th>
            <th scope="col" className="p-3 font-semibold">Type</th>
            <th scope="col" className="p-3 font-semibold">Difficulty</th>
          </tr>
        </thead>
        <tbody>
          {questions.map((question) => (
            <tr key={question.id} className="border-t border-border align-top">
              <td className="p-3">
                <a href={`#${question.id}`}>{question.question}</a>
              </td>
              <td className="p-3 whitespace-nowrap"><TypeBadge type={question.type} /></td>
              <td className="p-3"><DifficultyBadge difficulty={question.difficulty} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
