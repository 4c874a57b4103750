"use client";

import { useEffect, useState } from "react";
import { readDueCount } from "@/lib/practice/due-count";

/** "N questions due": read straight from storage on the visitor's device, nothing rendered until then. */
export function DueReviews() {
  const [due, setDue] = useState(0);
  useEffect(() => setDue(readDueCount()), []);
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
