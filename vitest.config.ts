import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    environment: "node",
    // Several suites load and render the real library; on a busy 2-core CI machine that takes seconds.
    testTimeout: 60_000,
    projects: [
      // Pure logic and the real content, in node: runs before the build (`npm run test:unit`).
      // Files share one module graph per worker (isolate: false): re-importing zod, remark and the
      // content module for each of 41 files was half the run's CPU (40 -> 22 CPU-s, 30 -> 17 s).
      // Safe because no suite leaves state behind: the library cache is keyed by content root and
      // only used in production, and the suites that stub fetch or the content root restore them.
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts"],
          isolate: false,
        },
      },
      // The files of the built export in out/, no browser: runs after `npm run build`
      // (`npm run test:built`), and fails by name when a page it measures is missing.
      { extends: true, test: { name: "built", include: ["tests/built/**/*.test.ts"] } },
    ],
  },
});
