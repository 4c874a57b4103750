import { serviceWorkerPath, type PageToWorker } from "./offline-messages";

/**
 * Registers the service worker and reports a new version waiting to take over. Kept free of any
 * library so the registration every page carries (the guide page included) stays a few hundred bytes.
 */
export function watchForUpdates(onWaiting: (worker: ServiceWorker) => void): void {
  if (!("serviceWorker" in navigator)) return;
  // With no controller the first install is under way, not an update: nothing to announce.
  const announce = (worker: ServiceWorker) => {
    if (worker.state === "installed" && navigator.serviceWorker.controller) onWaiting(worker);
  };
  const follow = (worker: ServiceWorker | null) => {
    if (!worker) return;
    announce(worker);
    worker.addEventListener("statechange", () => announce(worker));
  };
  // After the page has loaded, so precaching never competes with the first visit's own requests.
  if (document.readyState !== "complete") {
    window.addEventListener("load", () => watchForUpdates(onWaiting), { once: true });
    return;
  }
  navigator.serviceWorker
    .register(serviceWorkerPath, { scope: "/" })
    .then((registration) => {
      // The browser checks for a new version on every navigation: it may already be installing
      // or waiting by the time this runs.
      follow(registration.waiting);
      follow(registration.installing);
      registration.addEventListener("updatefound", () => follow(registration.installing));
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
