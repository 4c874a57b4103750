import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { prerenderToNodeStream } from "react-dom/static";
import GuidePage from "@/app/guides/[slug]/page";
import { getLibrary, readLibrary } from "@/lib/content/load";
import { maxMarkdownNesting } from "@/lib/content/nesting";
import type { Guide } from "@/lib/content/parse";
import { ContentError } from "@/lib/content/problems";
import { renderGuide, type RenderedGuide } from "@/lib/content/render";
import { serializeJsonLd } from "@/lib/seo/json-ld";
import { guideStructuredData } from "@/lib/seo/structured-data";
import { guideWithOverlay, readHostileFixture, writeLibraryWith } from "../support/hostile-library";
import { syntheticGuide, toMarkdownFile } from "@/lib/tooling/bench/synthetic-content";

/**
 * Malicious and broken guides (tests/fixtures/hostile/, plus the ones generated below) go through
 * the real loader, renderGuide, the JSON-LD serialiser and the real guide page component. Each one
 * either renders with no executable markup left, or fails the build with a message that names the
 * file and the problem.
 */

const originalContentDir = process.env.LEADWISE_CONTENT_DIR;
afterEach(() => {
  if (originalContentDir === undefined) delete process.env.LEADWISE_CONTENT_DIR;
  else process.env.LEADWISE_CONTENT_DIR = originalContentDir;
});

function loadOne(slug: string, source: string | Buffer): { root: string; guide: Guide } {
  const root = writeLibraryWith({ [slug]: source });
  const { library, problems } = readLibrary(root);
  expect(problems).toEqual([]);
  const guide = library.guides.find((candidate) => candidate.slug === slug);
  if (!guide) throw new Error(`${slug} did not load`);
  return { root, guide };
}

function problemsFor(slug: string, source: string | Buffer) {
  return readLibrary(writeLibraryWith({ [slug]: source })).problems.filter((problem) =>
    problem.file.endsWith(`/${slug}.md`),
  );
}

/** Every HTML string renderGuide produced from Markdown. */
function renderedHtml(rendered: RenderedGuide): string {
  return [
    ...rendered.leadSections,
    ...rendered.practiceSections,
    ...(rendered.careerImpact ? [rendered.careerImpact] : []),
    ...rendered.concepts,
    ...rendered.knowledgeChecks,
  ]
    .map((part) => part.html)
    .concat(
      rendered.questions.flatMap((question) => [
        question.html.whyAsked,
        question.html.strongAnswer,
        ...Object.values(question.html.levels),
      ]),
    )
    .join("\n");
}

const decodeEntities = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16)),
    )
    .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&colon;/gi, ":")
    .replace(/&tab;/gi, "\t")
    .replace(/&newline;/gi, "\n")
    .replace(/&amp;/g, "&");

/** Markup that could run script, load from elsewhere or restyle the page, anywhere in `html`. */
function executableMarkup(html: string, options: { allowJsonLd: boolean }): string[] {
  const found: string[] = [];
  for (const tag of html.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
    const [whole, name = "", attributes = ""] = tag;
    const element = name.toLowerCase();
    if (
      element === "script" &&
      !(options.allowJsonLd && attributes.trim() === 'type="application/ld+json"')
    )
      found.push(whole);
    if (
      [
        "iframe",
        "frame",
        "object",
        "embed",
        "applet",
        "base",
        "meta",
        "link",
        "style",
        "template",
        "noscript",
        "plaintext",
        "form",
        "math",
        "marquee",
        "img",
        "video",
        "audio",
        "source",
        "area",
      ].includes(element)
    )
      found.push(whole);
    for (const attribute of attributes.matchAll(
      /([^\s"'=<>/]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/g,
    )) {
      const attributeName = (attribute[1] ?? "").toLowerCase();
      const value = decodeEntities((attribute[2] ?? "").replace(/^["']|["']$/g, ""))
        // eslint-disable-next-line no-control-regex -- browsers ignore these in a URL scheme; the check must too
        .replace(/[\u0000-\u0020]/g, "")
        .toLowerCase();
      if (attributeName.startsWith("on") || attributeName === "srcdoc" || attributeName === "style")
        found.push(`${attributeName} in ${whole}`);
      if (
        [
          "href",
          "src",
          "action",
          "formaction",
          "xlink:href",
          "poster",
          "data",
          "background",
        ].includes(attributeName) &&
        /^(javascript|data|vbscript|file):/.test(value)
      )
        found.push(`${attributeName}=${value} in ${whole}`);
    }
  }
  return found;
}

/** The real guide page (server components and client islands) rendered to HTML, as the build does. */
async function renderGuidePage(root: string, slug: string): Promise<string> {
  process.env.LEADWISE_CONTENT_DIR = root;
  const element = await GuidePage({
    params: Promise.resolve({ slug }),
  } as PageProps<"/guides/[slug]">);
  const { prelude } = await prerenderToNodeStream(element);
  let html = "";
  for await (const chunk of prelude) html += String(chunk);
  return html;
}

type JsonLdBlock = {
  "@type": string;
  headline?: string;
  description?: string;
  mainEntity?: { name: string; acceptedAnswer: { text: string } }[];
};

function jsonLdBlocks(pageHtml: string): JsonLdBlock[] {
  return [
    ...pageHtml.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g),
  ].flatMap((match) => JSON.parse(match[1] ?? "null") as JsonLdBlock[]);
}

/** Renders one hostile guide every way the site does and checks nothing executable survives. */
async function expectRendersSafely(slug: string, source: string) {
  const { root, guide } = loadOne(slug, source);
  const rendered = renderGuide(guide);
  const fragments = renderedHtml(rendered);
  expect(executableMarkup(fragments, { allowJsonLd: false })).toEqual([]);

  const data = guideStructuredData(rendered);
  const serialized = serializeJsonLd(data);
  expect(serialized).not.toMatch(/<|>/);
  expect(JSON.parse(serialized)).toEqual(JSON.parse(JSON.stringify(data)));

  const page = await renderGuidePage(root, slug);
  expect(executableMarkup(page, { allowJsonLd: true })).toEqual([]);
  const blocks = jsonLdBlocks(page);
  expect(blocks.map((block) => block["@type"])).toEqual(["Article", "FAQPage", "BreadcrumbList"]);
  expect(blocks[0]?.headline).toBe(guide.title);
  const ids = [...page.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]);
  expect(
    ids.filter((id, index) => ids.indexOf(id) !== index),
    "duplicate ids",
  ).toEqual([]);
  // app/layout.tsx owns <main id="main">, the skip link's target.
  expect(ids).not.toContain("main");
  return { guide, rendered, fragments, page, blocks };
}

describe("the executable-markup check these tests rely on", () => {
  it("catches each thing it looks for, and passes safe markup", () => {
    const caught = (html: string) => executableMarkup(html, { allowJsonLd: true }).length;
    expect(caught("<script>alert(1)</script>")).toBe(1);
    expect(caught('<script type="module">x</script>')).toBe(1);
    expect(caught('<iframe src="/x"></iframe><object data="/y"></object><style>p{}</style>')).toBe(
      3,
    );
    expect(caught('<p onclick="x()">a</p><div/onmouseover="x()">b</div><a ONFOCUS=x>c</a>')).toBe(
      3,
    );
    expect(
      caught(
        '<a href="jav&#x09;ascript:alert(1)">a</a><a href=" JAVASCRIPT:x">b</a><a href="data:text/html,x">c</a>',
      ),
    ).toBe(3);
    expect(caught('<p style="position:fixed">a</p>')).toBe(1);
    expect(
      caught(
        '<script type="application/ld+json">{}</script><a href="https://example.com/">ok</a><a href="#faq">ok</a><pre><code>&#x3C;script></code></pre>',
      ),
    ).toBe(0);
  });
});

describe("hostile guides that render safely", () => {
  it("drops script, iframe, object, style, base, meta and form markup, wherever the Markdown is", async () => {
    const { fragments, page } = await expectRendersSafely(
      "hostile-script-tags",
      guideWithOverlay("hostile-script-tags", readHostileFixture("script-and-iframe")),
    );
    expect(fragments).toContain("Before");
    expect(fragments).toContain(
      '&#x3C;script>alert("inside a code block is fine: it is shown, escaped")&#x3C;/script>',
    );
    // The FAQ question is plain text: shown escaped, never parsed as markup.
    expect(page).toContain("Does &lt;script&gt;alert(&quot;faq&quot;)&lt;/script&gt; run?");
  });

  it("removes javascript:, data:, vbscript: and file: links, however they are spelled, and keeps https links", async () => {
    const { fragments } = await expectRendersSafely(
      "hostile-links",
      guideWithOverlay("hostile-links", readHostileFixture("dangerous-links")),
    );
    expect(fragments).toContain('href="https://example.com/safe"');
    expect(fragments).toContain("click me");
    expect(fragments).not.toMatch(/href="[^"]*script/i);
  });

  it("strips every event-handler attribute and never lets raw HTML claim the page's own ids", async () => {
    const { fragments } = await expectRendersSafely(
      "hostile-handlers",
      guideWithOverlay("hostile-handlers", readHostileFixture("event-attributes")),
    );
    // Inline raw HTML loses its tags and keeps its text; a raw HTML block is dropped whole.
    expect(fragments).toContain("<p>caps</p>");
    expect(fragments).toContain("overlay");
    expect(fragments).not.toMatch(/\bon[a-z]+=/i);
  });

  it("keeps </script> and <!-- in titles, summaries and FAQ inert in JSON-LD, which still parses to the same text", async () => {
    const { guide, page, blocks } = await expectRendersSafely(
      "hostile-json-ld",
      guideWithOverlay("hostile-json-ld", readHostileFixture("json-ld-breakout")),
    );
    expect(guide.title).toBe(
      'Breakout </script><script>alert("title")</script> <!-- "quotes" & \\backslash',
    );
    expect(blocks[0]?.description).toBe(guide.summary);
    const faq = blocks.find((block) => block["@type"] === "FAQPage")?.mainEntity ?? [];
    expect(faq[0]?.name).toBe("What about </script><script>alert(1)</script>?");
    expect(faq[0]?.acceptedAnswer.text).toContain(
      "</script> <!-- and & here \u2028 and \u2029 too",
    );
    expect(faq[1]?.name).toBe("<!--<script>");
    expect(faq).toHaveLength(guide.faq.length);
    expect(page).toContain(
      "Breakout &lt;/script&gt;&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;",
    );
  });

  it("renders a guide with megabyte-scale single lines in its body and its answers", async () => {
    const longLine = "a very long line without a break ".repeat(4_000); // 132 KB on one line
    const source = guideWithOverlay(
      "hostile-long-lines",
      `---\nquestions:\n  - strongAnswer: ${JSON.stringify(longLine.slice(0, 100_000))}\nfaq:\n  - answer: ${JSON.stringify(longLine.slice(0, 50_000))}\n---\n\n## What it is\n\n${longLine}\n\n## Trade-offs\n\n${"[link](https://example.com/x) ".repeat(5_000)}\n`,
    );
    expect(Buffer.byteLength(source)).toBeLessThan(1024 * 1024);
    const { fragments } = await expectRendersSafely("hostile-long-lines", source);
    expect(fragments.length).toBeGreaterThan(longLine.length);
  }, 60_000);
});

describe("hostile guides that fail the build with a clear message", () => {
  it("rejects a 5 MB guide by its size before reading it", () => {
    const fiveMegabytes = guideWithOverlay(
      "hostile-huge",
      `---\n---\n\n## What it is\n\n${"Padding sentence for a huge guide. ".repeat(150_000)}\n`,
    );
    expect(Buffer.byteLength(fiveMegabytes)).toBeGreaterThan(5 * 1024 * 1024);
    expect(problemsFor("hostile-huge", fiveMegabytes)).toEqual([
      {
        file: expect.stringMatching(/guides\/hostile-huge\.md$/),
        path: "(file)",
        message: expect.stringMatching(
          /^is 5\.\d MB; a content file may be at most 1 MB \(split it, or move material out\)$/,
        ),
      },
    ]);
  });

  it("rejects bytes that are not UTF-8 (a Latin-1 file, a lone continuation byte)", () => {
    const valid = Buffer.from(guideWithOverlay("hostile-latin1", `---\ntitle: Cafe\n---\n`));
    const latin1 = Buffer.from(
      valid.toString("utf8").replace("title: Cafe", "title: Caf\u00e9"),
      "latin1",
    );
    const stray = Buffer.concat([valid, Buffer.from([0x80, 0xff, 0xfe])]);
    expect(problemsFor("hostile-latin1", latin1)).toEqual([
      {
        file: expect.stringMatching(/hostile-latin1\.md$/),
        path: "(file)",
        message: "is not valid UTF-8; save it as UTF-8",
      },
    ]);
    expect(problemsFor("hostile-stray-bytes", stray)).toEqual([
      {
        file: expect.stringMatching(/hostile-stray-bytes\.md$/),
        path: "(file)",
        message: "is not valid UTF-8; save it as UTF-8",
      },
    ]);
  });

  it("rejects a list nested 500 levels deep in the body, without parsing it", () => {
    const nested = Array.from(
      { length: 500 },
      (_, level) => `${"  ".repeat(level)}- level ${level}`,
    ).join("\n");
    const source = guideWithOverlay(
      "hostile-nested-list",
      `---\n---\n\n## Best practices\n\n${nested}\n`,
    );
    const problems = problemsFor("hostile-nested-list", source);
    expect(problems).toEqual([
      {
        file: expect.stringMatching(/hostile-nested-list\.md$/),
        path: expect.stringMatching(/^body \(line \d+\)$/),
        message: `nests lists or block quotes 500 levels deep; at most ${maxMarkdownNesting} are allowed (deeper nesting makes the Markdown parser take minutes)`,
      },
    ]);
    const line = Number(/line (\d+)/.exec(problems[0]?.path ?? "")?.[1]);
    expect(source.split("\n")[line - 1]).toBe(`${"  ".repeat(499)}- level 499`);
  });

  it("rejects block quotes and mixed containers nested 500 deep in a frontmatter answer, naming the field", () => {
    const quotes = Array.from(
      { length: 500 },
      (_, level) => `${">".repeat(level + 1)} quote ${level}`,
    ).join("\n");
    const mixed = `${"- > ".repeat(250)}bottom`;
    const source = guideWithOverlay(
      "hostile-nested-quotes",
      `---\nquestions:\n  - strongAnswer: ${JSON.stringify(quotes)}\nfaq:\n  - answer: ${JSON.stringify(mixed)}\n---\n`,
    );
    const problems = problemsFor("hostile-nested-quotes", source);
    expect(problems.map((problem) => `${problem.path}: ${problem.message.split(";")[0]}`)).toEqual([
      "questions[0].strongAnswer (line 500 of the text): nests lists or block quotes 500 levels deep",
      "faq[0].answer (line 1 of the text): nests lists or block quotes 500 levels deep",
    ]);
  });

  it("rejects a learning resource whose URL is javascript:, data: or plain http", () => {
    const problems = problemsFor(
      "hostile-resource-url",
      guideWithOverlay("hostile-resource-url", readHostileFixture("javascript-resource-url")),
    );
    expect(problems.map((problem) => problem.path)).toEqual([
      "resources[0].url",
      "resources[1].url",
      "resources[2].url",
    ]);
    for (const problem of problems) expect(problem.message).toMatch(/url|protocol/i);
  });

  it("stops the build with every problem listed: getLibrary throws a ContentError naming each file", () => {
    const root = writeLibraryWith({
      "hostile-huge": `${"x".repeat(1024 * 1024 + 1)}`,
      "hostile-latin1": Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9]),
    });
    process.env.LEADWISE_CONTENT_DIR = root;
    expect(() => getLibrary()).toThrow(ContentError);
    expect(() => getLibrary()).toThrow(
      /Content has 2 problems in 2 files:[\s\S]*hostile-huge\.md[\s\S]*at most 1 MB[\s\S]*hostile-latin1\.md[\s\S]*not valid UTF-8/,
    );
  });

  it("stops a YAML alias bomb before anything walks it, naming the file", () => {
    let yaml = "lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (let level = 1; level < 12; level += 1)
      yaml += `lol${level}: &lol${level} [${Array(9)
        .fill(`*lol${level - 1}`)
        .join(", ")}]\n`;
    const base = toMarkdownFile(
      syntheticGuide("hostile-yaml-bomb", {
        relatedSkills: ["alpha-skill"],
        relatedRoles: ["role-a"],
      }),
    );
    const source = base
      .replace(/^---\n/, `---\n${yaml}`)
      .replace(/\ntags:\n(?: {2}- .*\n)+/, "\ntags: *lol11\n");
    expect(problemsFor("hostile-yaml-bomb", source)).toEqual([
      {
        file: expect.stringMatching(/hostile-yaml-bomb\.md$/),
        path: "(frontmatter)",
        message: expect.stringMatching(
          /^expands to more than 200,000 values or 8 million characters once YAML anchors and aliases/,
        ),
      },
    ]);
  });

  it("refuses aliases that would multiply valid FAQ text into megabytes of pages", () => {
    const answer = "A long answer that an alias repeats. ".repeat(3_000);
    const faq = Array.from(
      { length: 80 },
      (_, index) => `  - question: Question ${index}?\n    answer: *long`,
    ).join("\n");
    const base = toMarkdownFile(
      syntheticGuide("hostile-alias-pages", {
        relatedSkills: ["alpha-skill"],
        relatedRoles: ["role-a"],
      }),
    );
    const source = base
      .replace(/^---\n/, `---\nlongText: &long ${JSON.stringify(answer)}\n`)
      .replace(/\nfaq:\n[\s\S]*?(?=\n(?:[a-zA-Z]+:|---))/, `\nfaq:\n${faq}`);
    expect(Buffer.byteLength(source)).toBeLessThan(1024 * 1024);
    const problems = problemsFor("hostile-alias-pages", source);
    expect(problems.map((problem) => problem.path)).toEqual(["(frontmatter)"]);
    expect(problems[0]?.message).toMatch(/^expands to more than/);
  });
});

describe("content is data: front matter never runs as code", () => {
  it("refuses a ---js guide in content:check and the build, naming the file, and runs none of its code", () => {
    const marker = path.join(mkdtempSync(path.join(tmpdir(), "leadwise-js-")), "ran.txt");
    const payload = `---js\n{ title: (require("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran"), "Pwned"), slug: "hostile-js" }\n---\n\n## What it is\n\nText.\n`;
    const root = writeLibraryWith({ "hostile-js": payload });
    const problems = readLibrary(root).problems.filter((problem) =>
      problem.file.endsWith("/hostile-js.md"),
    );
    expect(problems).toEqual([
      {
        file: expect.stringMatching(/guides\/hostile-js\.md$/),
        path: "(frontmatter)",
        message: expect.stringMatching(
          /^the opening fence says "---js": front matter must be YAML/,
        ),
      },
    ]);
    process.env.LEADWISE_CONTENT_DIR = root;
    expect(() => getLibrary()).toThrow(/hostile-js\.md[\s\S]*---js/);
    const check = spawnSync(
      process.execPath,
      ["--import", "tsx", "lib/tooling/cli/content-check.ts"],
      { env: { ...process.env, LEADWISE_CONTENT_DIR: root }, encoding: "utf8" },
    );
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/hostile-js\.md[\s\S]*the opening fence says "---js"/);
    expect(existsSync(marker)).toBe(false);
  });

  it.each(["---javascript", "--- js", "---coffee", "---json", "---toml"])(
    "refuses front matter that opens with %s",
    (fence) => {
      const problems = problemsFor(
        "hostile-fence",
        `${fence}\n{}\n---\n\n## What it is\n\nText.\n`,
      );
      expect(problems).toEqual([
        {
          file: expect.stringMatching(/hostile-fence\.md$/),
          path: "(frontmatter)",
          message: expect.stringContaining("front matter must be YAML"),
        },
      ]);
    },
  );
});

describe("content limits that name the file and field", () => {
  it("rejects control characters in front-matter strings and in the body, naming where", () => {
    const source = guideWithOverlay(
      "hostile-control",
      `---\ntitle: "Bell\\u0007 title"\nfaq:\n  - answer: "Escape \\u001b[31m red"\n---\n\n## Trade-offs\n\nA null\u0000 byte in prose.\n`,
    );
    const problems = problemsFor("hostile-control", source);
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          file: expect.stringMatching(/hostile-control\.md$/),
          path: "title",
          message:
            "text without control characters; found U+0007 (invisible in most editors): delete it",
        },
        {
          file: expect.stringMatching(/hostile-control\.md$/),
          path: "faq[0].answer",
          message:
            "text without control characters; found U+001B (invisible in most editors): delete it",
        },
        {
          file: expect.stringMatching(/hostile-control\.md$/),
          path: expect.stringMatching(/^body \(line \d+\)$/),
          message: "has the control character U+0000 (invisible in most editors); delete it",
        },
      ]),
    );
  });

  it("rejects Markdown shapes the parser handles in quadratic time, before parsing them", () => {
    const setext = "Heading\n=======\n\n".repeat(5_000);
    const tildes = "~a".repeat(20_000);
    const source = guideWithOverlay(
      "hostile-shapes",
      `---\nfaq:\n  - answer: ${JSON.stringify(tildes)}\n---\n\n## Best practices\n\n${setext}\n`,
    );
    const problems = problemsFor("hostile-shapes", source);
    expect(problems.map((problem) => `${problem.path}: ${problem.message.split(";")[0]}`)).toEqual([
      'faq[0].answer: has 20000 "~" characters',
      "body: has 5000 setext heading underlines (a line of = or - under text)",
    ]);
  });
});
