import { execFile } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";
import { z } from "zod";
import { outDir, samplePages } from "../support/built-site";

/**
 * The Nu HTML Checker (vnu-jar, the W3C validator's engine; Java) over one built page of each type
 * and the 404 page. Any error fails with its page, line and message. `.ci/ensure-browser-tools` installs
 * Java on a fresh CI machine.
 */

const vnuJar = path.join("node_modules", "vnu-jar", "build", "dist", "vnu.jar");

const vnuReport = z.object({
  messages: z.array(
    z.object({
      type: z.string(),
      subType: z.string().optional(),
      url: z.string().optional(),
      lastLine: z.number().optional(),
      message: z.string(),
      extract: z.string().optional(),
    }),
  ),
});

function runVnu(files: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      "java",
      ["-jar", vnuJar, "--errors-only", "--format", "json", ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        // vnu exits 1 when it finds errors: the report is still on stderr. Only a missing Java is fatal here.
        if (error && "code" in error && error.code === "ENOENT")
          reject(
            new Error(
              "Java is not installed: run `bash .ci/ensure-browser-tools` (Debian: apt-get install default-jre-headless)",
            ),
          );
        else resolve({ stdout, stderr });
      },
    );
  });
}

it("the Nu HTML Checker reports no errors on any page type", async () => {
  const { built, notBuilt } = samplePages();
  expect(
    notBuilt.map((page) => `${page.label} ${page.urlPath}`),
    "page types missing from out/ (run `npm run build`)",
  ).toEqual([]);
  const files = [...built.map((page) => page.file), path.join(outDir, "404.html")];

  const { stderr } = await runVnu(files);
  const report = vnuReport.parse(JSON.parse(stderr));
  const errors = report.messages
    .filter((message) => message.type === "error" || message.type === "non-document-error")
    .map(
      (message) =>
        `${path.relative(process.cwd(), decodeURIComponent((message.url ?? "").replace(/^file:/, "")))}:${message.lastLine ?? "?"} ${message.message}${message.extract ? `  «${message.extract.trim().slice(0, 120)}»` : ""}`,
    );
  expect(errors, `vnu errors in ${files.length} pages`).toEqual([]);
}, 180_000);
