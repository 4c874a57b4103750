"use client";

import { useEffect, useState } from "react";
import {
  megabytes,
  offlineLibraryPath,
  type OfflineLibrary as Library,
  type PageToWorker,
  type WorkerToPage,
} from "@/lib/offline/offline-messages";
import { secondaryButton } from "@/components/button-styles";

/**
 * "Make the whole library available offline", with its size stated before anything is downloaded.
 * The service worker does the saving (it keeps only pages of its own deploy) and reports progress.
 */
export function OfflineLibrary() {
  const [library, setLibrary] = useState<Library | null>(null);
  const [status, setStatus] = useState("");

  useEffect(() => {
    fetch(offlineLibraryPath)
      .then((response) => (response.ok ? (response.json() as Promise<Library>) : null))
      .then(setLibrary)
      .catch(() => setLibrary(null));
    if (!("serviceWorker" in navigator)) return;
    const onMessage = (event: MessageEvent<WorkerToPage>) => {
      const { type, saved, total } = event.data;
      setStatus(
        type === "LIBRARY_DONE"
          ? `Saved ${saved} of ${total} pages: the whole library now reads offline on this device.`
          : `Saving… ${saved} of ${total} pages.`,
      );
    };
    navigator.serviceWorker.addEventListener("message", onMessage);
    return () => navigator.serviceWorker.removeEventListener("message", onMessage);
  }, []);

  if (!library) return null;
  const save = () => {
    const worker = navigator.serviceWorker?.controller;
    if (!worker) {
      setStatus(
        "Offline saving is not available in this browser yet; reload the page and try again.",
      );
      return;
    }
    const message: PageToWorker = { type: "CACHE_LIBRARY" };
    worker.postMessage(message);
    setStatus("Saving…");
  };

  return (
    <section aria-labelledby="offline-library" className="mb-8 rounded-lg border border-border p-4">
      <h2 id="offline-library" className="text-xl font-semibold">
        Reading offline
      </h2>
      <p className="mb-3">
        Practice, progress, stories, this plan and every guide you open already work offline on this
        device. To read the rest before a flight, save the whole library: {library.pages.length}{" "}
        pages, {megabytes(library.bytes)} of this device&apos;s storage.
      </p>
      <button type="button" onClick={save} className={secondaryButton}>
        Make the whole library available offline ({megabytes(library.bytes)})
      </button>
      <p role="status" className="mt-2">
        {status}
      </p>
    </section>
  );
}
