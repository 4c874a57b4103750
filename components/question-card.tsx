import type { RenderedQuestion } from "@/lib/content/render";
import { practiseQuestionPath } from "@/lib/practice/set-links";
import type { Level } from "@/lib/content/schema";
import { questionPath } from "@/lib/questions/paths";
import { DifficultyBadge, TypeBadge } from "./badges";
import { LevelExpectations } from "./level-expectations";
import { SavedAnswer } from "./notebook/saved-answer";
import { Prose } from "./page-section";
import { ShareButton } from "./share/share-button";

/** Sub-headings sit under the card's h3 on a guide, and directly under the h1 on a question's own page. */
type SubheadingTag = "h2" | "h4";
const subheadingClass = "mb-1 text-sm font-semibold uppercase tracking-wide text-muted";

function ListBlock({
  title,
  items,
  tone,
  heading: Heading = "h4",
}: {
  title: string;
  items: string[];
  tone: "good" | "plain" | "bad";
  heading?: SubheadingTag;
}) {
  const marker = tone === "good" ? "text-good" : tone === "bad" ? "text-bad" : "text-muted";
  return (
    <div>
      <Heading className={subheadingClass}>{title}</Heading>
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

/** What an interviewer listens for in one question: why, a strong answer, signals, red flags, follow-ups, levels. */
export function QuestionDetails({
  question,
  heading: Heading = "h4",
}: {
  question: RenderedQuestion;
  heading?: SubheadingTag;
}) {
  const levels = Object.entries(question.html.levels) as [Level, string][];
  return (
    <div className="space-y-5">
      <div>
        <Heading className={subheadingClass}>Why it is asked</Heading>
        <Prose html={question.html.whyAsked} />
      </div>
      <div className="rounded-md bg-surface p-4">
        <Heading className={subheadingClass}>A strong answer</Heading>
        <Prose html={question.html.strongAnswer} />
      </div>
      <div className="grid gap-5 md:grid-cols-2">
        <ListBlock
          title="Signals interviewers listen for"
          items={question.signals}
          tone="good"
          heading={Heading}
        />
        <ListBlock title="Red flags" items={question.redFlags} tone="bad" heading={Heading} />
      </div>
      <ListBlock
        title="Follow-ups to expect"
        items={question.followUps}
        tone="plain"
        heading={Heading}
      />
      <LevelExpectations
        levels={levels}
        heading={Heading}
        headingClass="text-sm font-semibold uppercase tracking-wide text-muted"
      />
    </div>
  );
}

/**
 * One interview question with everything an interviewer listens for; its id is its `#anchor`.
 * Left out of the search index here (data-pagefind-ignore): each question is indexed on its own
 * page, so a search for a phrase in an answer lands on that question, not midway down a guide.
 */
export function QuestionCard({ question, number }: { question: RenderedQuestion; number: number }) {
  return (
    <article
      id={question.id}
      data-question={question.id}
      data-pagefind-ignore
      aria-labelledby={`${question.id}-title`}
      className="scroll-mt-4 rounded-lg border border-border p-4 sm:p-6"
    >
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <span className="text-sm text-muted">Q{number}</span>
        <TypeBadge type={question.type} />
        <DifficultyBadge difficulty={question.difficulty} />
        <span className="no-print ml-auto flex items-center gap-1">
          <a
            href={practiseQuestionPath(question.id)}
            aria-describedby={`${question.id}-title`}
            className="inline-flex min-h-11 items-center px-2 text-sm"
          >
            Practise this
          </a>
          <a
            href={questionPath(question.id)}
            aria-describedby={`${question.id}-title`}
            className="inline-flex min-h-11 items-center px-2 text-sm"
          >
            Question page
          </a>
          <ShareButton anchor={question.id} label={`Copy link to question ${number}`} />
        </span>
      </div>
      <h3 id={`${question.id}-title`} className="mb-4 text-xl font-semibold leading-snug">
        <a href={`#${question.id}`} className="text-fg no-underline hover:underline">
          {question.question}
        </a>
      </h3>
      <SavedAnswer questionId={question.id} />
      <QuestionDetails question={question} />
    </article>
  );
}

/** The overview table: every question at a glance, each row linking to its card. */
export function QuestionTable({
  questions,
  caption,
}: {
  questions: RenderedQuestion[];
  caption: string;
}) {
  return (
    // Scrolls inside a labelled, focusable region if a phone is narrower than the table.
    <div
      data-pagefind-ignore
      className="mb-8 overflow-x-auto rounded-lg border border-border"
      role="region"
      aria-label={caption}
      tabIndex={0}
    >
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-surface">
          <tr>
            <th scope="col" className="p-3 font-semibold">
              Question
            </th>
            <th scope="col" className="p-3 font-semibold">
              Type
            </th>
            <th scope="col" className="p-3 font-semibold">
              Difficulty
            </th>
          </tr>
        </thead>
        <tbody>
          {questions.map((question) => (
            <tr key={question.id} className="border-t border-border align-top">
              <td className="p-3">
                <a href={`#${question.id}`}>{question.question}</a>
              </td>
              <td className="p-3 whitespace-nowrap">
                <TypeBadge type={question.type} />
              </td>
              <td className="p-3">
                <DifficultyBadge difficulty={question.difficulty} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
