import type { RenderedGuide } from "@/lib/content/render";
import { displayedOptions, pageOptionSeed } from "@/lib/practice/option-order";
import { Prose } from "../page-section";

/**
 * Static self-test: options first, the answer and why each option is right or wrong behind a
 * disclosure. Options are shown in a shuffled order fixed per check, so the right one is not
 * wherever the author happened to write it.
 */
export function KnowledgeCheckList({ checks }: { checks: RenderedGuide["knowledgeChecks"] }) {
  return (
    <ol className="space-y-4">
      {checks.map((check, index) => {
        const options = displayedOptions(check.id, check.options, pageOptionSeed);
        return (
          <li
            key={check.id}
            id={check.id}
            data-pagefind-title={check.question}
            className="scroll-mt-4 rounded-lg border border-border p-4"
          >
            <h3 className="mb-2 font-semibold">
              <span className="text-muted">{index + 1}. </span>
              {check.question}
            </h3>
            <ul className="mb-3 space-y-1">
              {options.map(({ option, letter }) => (
                <li key={option.text}>
                  <span className="font-mono text-muted">{letter}.</span> {option.text}
                </li>
              ))}
            </ul>
            <details className="rounded-md bg-surface p-3">
              <summary className="font-medium">Show the answer</summary>
              <ul className="mt-3 space-y-2">
                {options.map(({ option, letter }) => (
                  <li key={option.text} className={option.correct ? "text-good" : undefined}>
                    <span className="font-semibold">
                      {letter}. {option.correct ? "Correct." : "Not quite."}
                    </span>{" "}
                    <span className="text-fg">{option.why}</span>
                  </li>
                ))}
              </ul>
              <Prose html={check.html} className="mt-3" />
            </details>
          </li>
        );
      })}
    </ol>
  );
}
