import type { CheckItem } from "@/lib/practice/bank-types";
import { displayedOptions } from "@/lib/practice/option-order";
import type { Entry } from "@/lib/practice/runner";
import { HtmlBlock } from "./html-block";

type Props = {
  item: CheckItem;
  entry: Entry;
  /** The set's seed: everyone with the set's link sees the options in the same shuffled order. */
  seed: string;
  /** Takes the option's index as written, whatever position it is shown in. */
  onChoose: (option: number) => void;
};

/** Knowledge check: one choice, then every option explained, in the order they were shown. */
export function QuizView({ item, entry, seed, onChoose }: Props) {
  const answered = entry.choice !== null;
  const options = displayedOptions(item.id, item.options, seed);
  const chosenRight = answered && item.options[entry.choice ?? 0]?.correct;
  return (
    <div>
      <div role="group" aria-label="Options" className="space-y-2">
        {options.map(({ option, written, letter }) => {
          const chosen = entry.choice === written;
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
              onClick={() => onChoose(written)}
              aria-disabled={answered}
              aria-pressed={chosen}
              className={`flex w-full min-h-11 items-start gap-3 rounded-md border p-3 text-left text-fg ${tone}`}
            >
              <span className="font-mono font-semibold">{letter}</span>
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
          <p className={`font-semibold ${chosenRight ? "text-good" : "text-bad"}`}>
            {chosenRight ? "Correct." : "Not quite."}
          </p>
          <ul className="space-y-2">
            {options.map(({ option, letter }) => (
              <li key={option.text}>
                <span className="font-semibold">{letter}.</span> {option.why}
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
