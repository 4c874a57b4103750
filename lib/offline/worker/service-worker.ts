import { NetworkFirst, Serwist, type PrecacheEntry, type SerwistPlugin } from "serwist";
import {
  offlineLibraryPath,
  pagesCacheName,
  type OfflineLibrary,
  type PageToWorker,
  type WorkerToPage,
} from "../offline-messages";

/**
 * Leadwise's service worker, bundled by lib/tooling/cli/build-service-worker.ts after the export.
 *
 * - The precache (Serwist, filled from out/ by revision) holds this deploy's scripts and styles, the
 *   pages that read browser storage (home, practice, progress, stories, plan), the practice banks
 *   and the offline page. A new deploy installs beside it and waits until the learner accepts the
 *   "new version" notice, so a tab never gets one deploy's HTML with another's scripts.
 * - Any other page the learner opens (or the whole library, on request) goes in one runtime cache,
 *   and only when every script and style it names is in this precache; when a new version takes
 *   over, each kept page is fetched again or dropped, for the same reason.
 */

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] };

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    cleanupOutdatedCaches: true,
    cleanURLs: true,
    directoryIndex: "index.html",
    // A practice set is a URL with parameters; every variant is the same static page.
    ignoreURLParametersMatching: [/.*/],
  },
  skipWaiting: false,
  clientsClaim: false,
  runtimeCaching: [
    {
      matcher: ({ request }) => request.mode === "navigate",
      handler: new NetworkFirst({
        cacheName: pagesCacheName,
        plugins: [samePageKey(), sameDeployOnly()],
      }),
    },
  ],
  fallbacks: {
    entries: [
      { url: "/offline.html", matcher: ({ request }) => request.destination === "document" },
    ],
  },
});

/** The page's address without query or fragment: /guides/x?utm=y and /guides/x are one page. */
function pageKey(url: string): string {
  const parsed = new URL(url, self.location.origin);
  return `${parsed.origin}${parsed.pathname}`;
}

function samePageKey(): SerwistPlugin {
  return { cacheKeyWillBeUsed: ({ request }) => Promise.resolve(pageKey(request.url)) };
}

/** True when every script and stylesheet the HTML names is in this deploy's precache. */
async function belongsToThisDeploy(response: Response): Promise<boolean> {
  if (!response.ok || !(response.headers.get("Content-Type") ?? "").includes("text/html"))
    return false;
  const html = await response.clone().text();
  const assets = [...html.matchAll(/\/_next\/static\/[^"'\s\\]+?\.(?:js|css)/g)].map((m) => m[0]);
  return assets.every((asset) => serwist.getPrecacheKeyForUrl(asset) !== undefined);
}

function sameDeployOnly(): SerwistPlugin {
  return {
    cacheWillUpdate: async ({ response }) =>
      (await belongsToThisDeploy(response)) ? response : null,
  };
}

async function keepPage(cache: Cache, url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { cache: "no-cache" });
    if (!(await belongsToThisDeploy(response))) return false;
    await cache.put(pageKey(url), response);
    return true;
  } catch {
    return false;
  }
}

/** Pages kept by the previous version are fetched again from this deploy, or dropped. */
async function refreshKeptPages(): Promise<void> {
  const cache = await caches.open(pagesCacheName);
  for (const request of await cache.keys()) {
    if (!(await keepPage(cache, request.url))) await cache.delete(request);
  }
}

async function cacheLibrary(reply: (message: WorkerToPage) => void): Promise<void> {
  const cache = await caches.open(pagesCacheName);
  const response = await fetch(offlineLibraryPath, { cache: "no-cache" });
  const library = (await response.json()) as OfflineLibrary;
  const total = library.pages.length;
  let saved = 0;
  const queue = [...library.pages];
  const worker = async () => {
    for (let page = queue.shift(); page !== undefined; page = queue.shift()) {
      if (await keepPage(cache, page)) saved += 1;
      if (saved % 20 === 0) reply({ type: "LIBRARY_PROGRESS", saved, total });
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  reply({ type: "LIBRARY_DONE", saved, total });
}

self.addEventListener("activate", (event) => event.waitUntil(refreshKeptPages()));

self.addEventListener("message", (event) => {
  const data = event.data as PageToWorker | null;
  if (data?.type !== "CACHE_LIBRARY") return;
  const source = event.source;
  event.waitUntil(cacheLibrary((message) => source?.postMessage(message)));
});

serwist.addEventListeners();
