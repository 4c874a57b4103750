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
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts"] },
      },
      // The files of the built export in out/, no browser: runs after `npm run build`
      // (`npm run test:built`), and fails by name when a page it measures is missing.
      { extends: true, test: { name: "built", include: ["tests/built/**/*.test.ts"] } },
    ],
  },
});
