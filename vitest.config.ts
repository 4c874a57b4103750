import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts"],
    environment: "node",
    // Several suites load and render the real library; on a busy 2-core CI machine that takes seconds.
    testTimeout: 60_000,
  },
});
