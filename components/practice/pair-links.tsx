"use client";

/** Two links from one practice set: same seed, same questions, two views. */
export function PairLinks({ query }: { query: string }) {
  const link = (view: "candidate" | "interviewer") => {
    const params = new URLSearchParams(query);
    params.set("view", view);
    return `${window.location.origin}/practice?${params.toString().replace(/%2C/g, ",")}`;
  };
  return (
    <details className="no-print mb-4 rounded-md border border-border p-3 text-sm">
      <summary className="font-semibold">Practise in pairs</summary>
      <p className="mt-2 text-muted">
        Send the candidate link to the person answering and open the interviewer link yourself. Both
        show these questions in this order; only the interviewer sees follow-ups and signals.
      </p>
      <ul className="mt-2 space-y-1">
        <li>
          <a href={link("candidate")}>Candidate link</a>
        </li>
        <li>
          <a href={link("interviewer")}>Interviewer link</a>
        </li>
      </ul>
    </details>
  );
}
