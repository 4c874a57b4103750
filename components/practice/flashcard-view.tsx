import type { Level } from "@/lib/content/vocabulary";
import type { QuestionItem } from "@/lib/practice/bank-types";
import type { Grade } from "@/lib/practice/grading";
import type { Entry, SessionAction } from "@/lib/practice/runner";
import { primaryButton } from "../button-styles";
import { LevelExpectations } from "../level-expectations";
import { StoryPicker } from "../stories/story-picker";
import { ActionBar } from "./action-bar";
import { AnswerDetails } from "./answer-details";
import { LazyAnswerRecorder } from "./lazy-answer-recorder";
import { DraftBox } from "./draft-box";
import { GradeButtons } from "./grade-buttons";
import { HtmlBlock } from "./html-block";
import { SignalChecklist } from "./signal-checklist";

type Props = {
  item: QuestionItem;
  entry: Entry;
  act: (action: SessionAction) => void;
  onReveal: () => void;
  onGrade: (grade: Grade) => void;
  answerRef: React.RefObject<HTMLHeadingElement | null>;
};

/** Flashcards: answer, reveal the strong answer, tick the signals covered, grade. */
export function FlashcardView({ item, entry, act, onReveal, onGrade, answerRef }: Props) {
  return (
    <div>
      <DraftBox item={item} entry={entry} act={act} label="Your answer (optional)" />
      <StoryPicker
        skills={item.sourceKind === "guide" ? [item.source] : []}
        onInsert={(text) =>
          act({ type: "draft", text: entry.draft ? `${entry.draft}\n\n${text}` : text })
        }
      />
      <LazyAnswerRecorder itemId={item.id} questionType={item.type} />
      {!entry.revealed ? (
        <ActionBar>
          <button type="button" className={`${primaryButton} w-full sm:w-auto`} onClick={onReveal}>
            Reveal the strong answer <kbd className="ml-1 font-mono text-xs">R</kbd>
          </button>
        </ActionBar>
      ) : (
        <div className="space-y-5">
          <section aria-labelledby="strong-answer-heading" className="rounded-md bg-surface p-4">
            <h3
              id="strong-answer-heading"
              ref={answerRef}
              tabIndex={-1}
              className="mb-2 font-semibold focus:outline-none"
            >
              A strong answer
            </h3>
            <HtmlBlock html={item.strongAnswerHtml} />
          </section>
          <section aria-label="Why it is asked">
            <h4 className="mb-1 text-sm font-semibold uppercase tracking-wide text-muted">
              Why it is asked
            </h4>
            <HtmlBlock html={item.whyAskedHtml} />
          </section>
          <AnswerDetails item={item} />
          <LevelExpectations
            levels={Object.entries(item.levelsHtml) as [Level, string][]}
            heading="h4"
            headingClass="text-sm font-semibold uppercase tracking-wide text-muted"
          />
          <SignalChecklist item={item} entry={entry} act={act} disabled={entry.recorded} />
          <ActionBar>
            <GradeButtons item={item} entry={entry} onGrade={onGrade} />
          </ActionBar>
        </div>
      )}
    </div>
  );
}
