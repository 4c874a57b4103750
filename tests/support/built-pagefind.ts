import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { isPagefindModule, pagefindOptions, type PagefindModule } from "../../lib/search/engine";
import { openStaticSite, planReply } from "../../lib/tooling/host/static-server";

/** The origin the module fetches from here: never on the network, answered from the files. */
const exportOrigin = "http://export.invalid";

/**
 * pagefind's browser module (`out/pagefind/pagefind.js`, the file the search dialog imports) over
 * the built index, in node: the module's fetches are answered by the static server's own request
 * planner from `out/`, and it gets the options the dialog gives it (components/search/load-pagefind.ts).
 * Replaces the global `fetch` for the calling test file, which vitest runs in its own worker.
 */
export async function loadBuiltPagefind(root: string): Promise<PagefindModule> {
  const site = openStaticSite(root);
  globalThis.fetch = (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input), exportOrigin);
    if (url.origin !== exportOrigin)
      throw new Error(`pagefind fetched another origin: ${url.href}`);
    const reply = planReply(site, "GET", url.pathname, undefined);
    return Promise.resolve(
      reply.status === 200 && reply.file
        ? new Response(readFileSync(reply.file))
        : new Response(null, { status: reply.status }),
    );
  };
  const module: unknown = await import(
    pathToFileURL(path.resolve(root, "pagefind", "pagefind.js")).href
  );
  if (!isPagefindModule(module)) throw new Error(`${root}/pagefind/pagefind.js is not pagefind`);
  // In the browser both come from the module's own address; here they point at the export.
  await module.options({ ...pagefindOptions, basePath: `${exportOrigin}/pagefind/`, baseUrl: "/" });
  await module.init();
  return module;
}
