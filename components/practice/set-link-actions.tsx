"use client";

import { useState } from "react";
import { settingsPath } from "@/lib/practice/set-links";
import { secondaryButton, secondaryButtonInline } from "../button-styles";

/**
 * The set's own link, to copy and share (same questions, same order, for anyone), and the way back
 * to the launcher for a set that was started straight from a link.
 */
export function SetLinkActions({ query }: { query: string }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const link = `${window.location.origin}/practice?${query}`;
  const copy = () =>
    navigator.clipboard.writeText(link).then(
      () => setCopied("yes"),
      () => setCopied("failed"),
    );
  return (
    <div className="mb-4 flex flex-wrap items-center gap-3">
      <button type="button" className={secondaryButton} onClick={() => void copy()}>
        Copy link to this set
      </button>
      <a href={settingsPath(query)} className={secondaryButtonInline}>
        Change settings
      </a>
      <p role="status" className="text-sm text-muted">
        {copied === "yes" ? "Link copied: it opens these questions in this order." : null}
        {copied === "failed" ? (
          <>
            Copying was blocked. The link is <code className="break-all">{link}</code>
          </>
        ) : null}
      </p>
    </div>
  );
}
