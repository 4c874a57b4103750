/**
 * What the page and the service worker say to each other. Shared by both sides (the worker is
 * bundled on its own), so the two never disagree on a message's shape.
 */

export const serviceWorkerPath = "/sw.js";
/** Written beside the export: every page outside the precache, and their total size. */
export const offlineLibraryPath = "/offline-library.json";
/** Pages the learner opened (or the whole library), kept for offline reading. */
export const pagesCacheName = "leadwise-pages";

export type OfflineLibrary = { pages: string[]; bytes: number };

export type PageToWorker = { type: "SKIP_WAITING" } | { type: "CACHE_LIBRARY" };
export type WorkerToPage =
  | { type: "LIBRARY_PROGRESS"; saved: number; total: number }
  | { type: "LIBRARY_DONE"; saved: number; total: number };

/** Megabytes to one decimal, for "the whole library is 21.4 MB". */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
