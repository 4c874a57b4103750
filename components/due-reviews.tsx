"use client";

import { useEffect, useState } from "react";
import { manifestPath, type PracticeManifest } from "@/lib/practice/bank-types";
import { countDue, mayHaveDue, readStoredProgress } from "@/lib/practice/due-count";

/**
 * "N questions due", counted by the same summary as /practice and /progress. Most visitors have
 * nothing due, so the manifest (which says which ids are still in the library) is fetched only
 * when a stored record could be due.
 */
export function DueReviews() {
  const [due, setDue] = useState(0);
  useEffect(() => {
    const raw = readStoredProgress();
    const now = new Date();
    if (!mayHaveDue(raw, now)) return;
    let current = true;
    fetch(manifestPath)
      .then((response) => (response.ok ? (response.json() as Promise<PracticeManifest>) : null))
      .then((manifest) => {
        if (manifest && current) setDue(countDue(raw, manifest, now));
      })
      // Without the manifest the count cannot leave out retired questions: show none rather than a wrong one.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  if (due === 0) return null;
  return (
    <p className="mb-6 flex flex-wrap items-center gap-3 rounded-lg border border-accent bg-accent-soft p-4">
      <span className="font-semibold">
        {due} question{due === 1 ? " is" : "s are"} due for review.
      </span>
      <a href="/practice?review=due" className="font-semibold">
        Start the review →
      </a>
    </p>
  );
}
