import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { measurePage, type Bytes } from "./page-weight";
import { timedRun } from "./timed-run";

/**
 * The framework's floor: what a page costs before Leadwise adds anything. It is measured, never
 * typed in, by building a bare app (one `<h1>`, a layout with only <html> and <body>) with this
 * project's own next.config.ts, Next and React, and weighing its page the same way as ours.
 *
 * The bare app lives in `.cache/framework-floor/` (git-ignored) so it resolves this project's
 * node_modules by walking up, as Turbopack requires, and stays outside every product route.
 * The result is cached against everything that can change it (Next and React versions, the config,
 * the bare app's sources); `fresh: true` rebuilds regardless, which is what `npm run bench` does.
 */

const floorSources: Record<string, string> = {
  "package.json": `${JSON.stringify({ name: "leadwise-framework-floor", private: true }, null, 2)}\n`,
  "next.config.ts": `// The project's own config, so the floor is built exactly as the product is.\nexport { default } from "../../next.config";\n`,
  "tsconfig.json": `${JSON.stringify(
    {
      compilerOptions: {
        target: "ES2022",
        lib: ["dom", "esnext"],
        strict: true,
        noEmit: true,
        module: "esnext",
        moduleResolution: "bundler",
        jsx: "react-jsx",
        isolatedModules: true,
        skipLibCheck: true,
        plugins: [{ name: "next" }],
      },
      include: ["next-env.d.ts", "**/*.ts", "**/*.tsx"],
      exclude: ["node_modules"],
    },
    null,
    2,
  )}\n`,
  "app/layout.tsx": `import type { ReactNode } from "react";\n\nexport default function RootLayout({ children }: { children: ReactNode }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n`,
  "app/page.tsx": `export default function Page() {\n  return <h1>Framework floor</h1>;\n}\n`,
};

const floorSchema = z.object({
  key: z.string(),
  next: z.string(),
  react: z.string(),
  measuredAt: z.string(),
  buildSeconds: z.number(),
  html: z.object({ raw: z.number(), gzip: z.number() }),
  css: z.object({ raw: z.number(), gzip: z.number() }),
  js: z.object({ raw: z.number(), gzip: z.number() }),
  scripts: z.array(z.object({ file: z.string(), raw: z.number(), gzip: z.number() })),
});
export type FrameworkFloor = z.infer<typeof floorSchema>;

function installedVersion(projectRoot: string, name: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(projectRoot, "node_modules", name, "package.json"), "utf8"),
  ) as { version?: unknown };
  return typeof manifest.version === "string" ? manifest.version : "unknown";
}

function floorKey(projectRoot: string): string {
  const hash = createHash("sha256");
  for (const name of ["next", "react", "react-dom"])
    hash.update(`${name}@${installedVersion(projectRoot, name)}\n`);
  hash.update(readFileSync(path.join(projectRoot, "next.config.ts")));
  hash.update(JSON.stringify(floorSources));
  return hash.digest("hex").slice(0, 16);
}

/** Where the bare app's static export is written; the bench serves it to Lighthouse as the floor's score. */
const frameworkFloorAppDir = (projectRoot: string) =>
  path.join(projectRoot, ".cache", "framework-floor");

export function frameworkFloorOutDir(projectRoot: string): string {
  return path.join(frameworkFloorAppDir(projectRoot), "out");
}

export async function measureFrameworkFloor(
  projectRoot: string,
  options: { fresh?: boolean } = {},
): Promise<FrameworkFloor> {
  const cacheFile = path.join(projectRoot, ".cache", "framework-floor.json");
  const key = floorKey(projectRoot);
  if (!options.fresh && existsSync(cacheFile)) {
    const cached = floorSchema.safeParse(JSON.parse(readFileSync(cacheFile, "utf8")));
    if (cached.success && cached.data.key === key) return cached.data;
  }

  const appDir = frameworkFloorAppDir(projectRoot);
  rmSync(appDir, { recursive: true, force: true });
  for (const [file, source] of Object.entries(floorSources)) {
    mkdirSync(path.dirname(path.join(appDir, file)), { recursive: true });
    writeFileSync(path.join(appDir, file), source);
  }
  const build = await timedRun(
    process.execPath,
    [path.join(projectRoot, "node_modules", "next", "dist", "bin", "next"), "build"],
    {
      cwd: appDir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    },
  );
  if (build.exitCode !== 0)
    throw new Error(
      `building the framework floor app in ${appDir} failed (exit ${build.exitCode}):\n${build.outputTail}`,
    );

  const outDir = frameworkFloorOutDir(projectRoot);
  const page = measurePage(outDir, "/");
  if (!page)
    throw new Error(
      `the framework floor app built but wrote no ${path.join(outDir, "index.html")}`,
    );
  const floor: FrameworkFloor = {
    key,
    next: installedVersion(projectRoot, "next"),
    react: installedVersion(projectRoot, "react"),
    measuredAt: new Date().toISOString(),
    buildSeconds: Math.round(build.seconds * 10) / 10,
    html: page.html,
    css: page.css,
    js: page.js,
    scripts: page.scripts,
  };
  writeFileSync(cacheFile, `${JSON.stringify(floor, null, 2)}\n`);
  return floor;
}

/** JS a page loads beyond the framework floor, in bytes (never below zero). */
export function ownJs(pageJs: Bytes, floor: FrameworkFloor): Bytes {
  return {
    raw: Math.max(0, pageJs.raw - floor.js.raw),
    gzip: Math.max(0, pageJs.gzip - floor.js.gzip),
  };
}
