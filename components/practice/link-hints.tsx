type Props = { ignored: string[]; emptyHint: string | null };

/** What the practice link could not do: parts that were dropped, or a set with no question. */
export function LinkHints({ ignored, emptyHint }: Props) {
  return (
    <>
      {ignored.length > 0 ? (
        <p
          role="status"
          className="mb-6 rounded-md border border-warn bg-warn-soft p-3 text-sm text-fg"
        >
          Some of the link was not understood and was ignored:{" "}
          <code className="break-all">{ignored.join("; ")}</code>.
        </p>
      ) : null}
      {emptyHint ? (
        <p role="status" className="mb-6 rounded-md border border-border bg-surface p-3">
          {emptyHint}
        </p>
      ) : null}
    </>
  );
}
