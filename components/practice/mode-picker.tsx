import { practiceModeLabels, practiceModes, type PracticeMode } from "@/lib/practice/config";

const modeDescriptions: Record<PracticeMode, string> = {
  flashcards: "Answer, reveal the strong answer, tick the signals you hit and grade yourself.",
  quiz: "Multiple choice on the concepts, with feedback and an explanation for every option.",
  mock: "A timed round: the interviewer presses with follow-ups; review each answer against its signals at the end.",
  spot: "Read an answer a candidate gave and pick out what an interviewer would mark down.",
};

type Props = { selected: PracticeMode; onChange: (mode: PracticeMode) => void };

/** The four practice modes, each with what it asks of the learner. */
export function ModePicker({ selected, onChange }: Props) {
  return (
    <fieldset className="rounded-lg border border-border p-4">
      <legend className="px-1 font-semibold">Mode</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {practiceModes.map((mode) => (
          <label
            key={mode}
            className="flex cursor-pointer gap-3 rounded-md border border-border p-3 has-[:checked]:border-accent has-[:checked]:bg-accent-soft"
          >
            <input
              type="radio"
              name="mode"
              value={mode}
              className="mt-1 size-4 accent-[var(--accent)]"
              checked={selected === mode}
              onChange={() => onChange(mode)}
            />
            <span>
              <span className="block font-semibold">{practiceModeLabels[mode]}</span>
              <span className="block text-sm text-muted">{modeDescriptions[mode]}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
