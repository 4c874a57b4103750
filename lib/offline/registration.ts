import { serviceWorkerPath, type PageToWorker } from "./offline-messages";

/**
 * Registers the service worker and reports a new version waiting to take over. Kept free of any
 * library so the registration every page carries (the guide page included) stays a few hundred bytes.
 */
export function watchForUpdates(onWaiting: (worker: ServiceWorker) => void): void {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker
    .register(serviceWorkerPath, { scope: "/" })
    .then((registration) => {
      // A version installed on an earlier visit may already be waiting.
      if (registration.waiting && navigator.serviceWorker.controller)
        onWaiting(registration.waiting);
      registration.addEventListener("updatefound", () => {
        const installing = registration.installing;
        installing?.addEventListener("statechange", () => {
          // With no controller this is the first install, not an update: nothing to announce.
          if (installing.state === "installed" && navigator.serviceWorker.controller)
            onWaiting(installing);
        });
      });
    })
    .catch(() => {
      // No service worker (blocked, or a build without one): the site works online as before.
    });
}

/** Lets the waiting version take over, then reloads once it controls the page. */
export function activateWaiting(worker: ServiceWorker): void {
  navigator.serviceWorker.addEventListener("controllerchange", () => window.location.reload(), {
    once: true,
  });
  const message: PageToWorker = { type: "SKIP_WAITING" };
  worker.postMessage(message);
}
