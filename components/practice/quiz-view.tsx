import type { CheckItem } from "@/lib/practice/bank-types";
import type { Entry } from "@/lib/practice/runner";
import { HtmlBlock } from "./html-block";

const optionLetters = ["A", "B", "C", "D", "E"];

type Props = { item: CheckItem; entry: Entry; onChoose: (option: number) => void };

/** Knowledge check: one choice, then every option explained. */
export function QuizView({ item, entry, onChoose }: Props) {
  const answered = entry.choice !== null;
  return (
    <div>
      <div role="group" aria-label="Options" className="space-y-2">
        {item.options.map((option, index) => {
          const chosen = entry.choice === index;
          const tone = !answered
            ? "border-border hover:bg-surface"
            : option.correct
              ? "border-good bg-good-soft"
              : chosen
                ? "border-bad bg-bad-soft"
                : "border-border";
          return (
            <button
              key={option.text}
              type="button"
              onClick={() => onChoose(index)}
              aria-disabled={answered}
              aria-pressed={chosen}
              className={`flex w-full min-h-11 items-start gap-3 rounded-md border p-3 text-left text-fg ${tone}`}
            >
              <span className="font-mono font-semibold">{optionLetters[index]}</span>
              <span className="flex-1">
                {option.text}
                {answered && (option.correct || chosen) ? (
                  <span
                    className={`mt-1 block text-sm font-semibold ${option.correct ? "text-good" : "text-bad"}`}
                  >
                    {option.correct ? "Correct answer" : "Your answer"}
                  </span>
                ) : null}
              </span>
            </button>
          );
        })}
      </div>
      {answered ? (
        <section aria-label="Explanation" className="mt-5 space-y-3 rounded-md bg-surface p-4">
          <p
            className={`font-semibold ${item.options[entry.choice ?? 0]?.correct ? "text-good" : "text-bad"}`}
          >
            {item.options[entry.choice ?? 0]?.correct ? "Correct." : "Not quite."}
          </p>
          <ul className="space-y-2">
            {item.options.map((option, index) => (
              <li key={option.text}>
                <span className="font-semibold">{optionLetters[index]}.</span> {option.why}
              </li>
            ))}
          </ul>
          <HtmlBlock html={item.explanationHtml} />
        </section>
      ) : (
        <p className="mt-3 text-sm text-muted">
          Choose an option, or press 1 to {item.options.length}.
        </p>
      )}
    </div>
  );
}
