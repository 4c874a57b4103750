"use client";

import { useEffect, useState } from "react";
import { activateWaiting, watchForUpdates } from "@/lib/offline/registration";

/**
 * Registers the service worker (production builds only: `next dev` has no sw.js) and, when a new
 * version of the site has been downloaded, says so with a reload button. Until the learner accepts,
 * every page keeps coming from the version they started with.
 */
export function UpdateNotice() {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  useEffect(() => {
    if (process.env.NODE_ENV === "production") watchForUpdates(setWaiting);
  }, []);
  return (
    <div
      role="status"
      className="pointer-events-none fixed inset-x-0 bottom-0 z-40 flex justify-center p-3"
    >
      {waiting && (
        <p className="pointer-events-auto flex flex-wrap items-center gap-3 rounded-lg border border-accent bg-bg p-3 shadow-lg">
          <span>A new version of Leadwise is ready.</span>
          <button
            type="button"
            onClick={() => activateWaiting(waiting)}
            className="min-h-11 rounded-md bg-accent px-4 font-semibold text-accent-fg"
          >
            Reload to update
          </button>
        </p>
      )}
    </div>
  );
}
