import { describe, expect, it } from "vitest";
import { createMarkdownRenderer, markdownToPlainText } from "@/lib/content/markdown";
import { readLibrary } from "@/lib/content/load";
import { renderGuide } from "@/lib/content/render";
import { serializeJsonLd } from "@/lib/seo/json-ld";
import { guideStructuredData } from "@/lib/seo/structured-data";
import { writeLibrary } from "../support/temp-library";

const render = (markdown: string) => createMarkdownRenderer()(markdown);

describe("Markdown rendering", () => {
  it("drops raw script and iframe tags", () => {
    const html = render(
      'Hello <script>alert(1)</script> and <iframe src="https://evil.example"></iframe>\n\n<script>\nalert(2)\n</script>',
    );
    expect(html).not.toMatch(/<script|<iframe/i);
    expect(html).toContain("Hello");
  });

  it("removes javascript: and data: URLs from links", () => {
    const html = render(
      "[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [ok](https://example.com/x)",
    );
    expect(html).not.toMatch(/javascript:|data:text/i);
    expect(html).toContain('href="https://example.com/x"');
  });

  it("strips event-handler attributes from raw HTML", () => {
    const html = render(
      '<a href="#x" onclick="steal()">x</a> <img src="x" onerror="steal()"> <p onmouseover="steal()">hi</p>',
    );
    expect(html).not.toMatch(/onclick|onerror|onmouseover|steal/);
  });

  it("wraps every table in a labelled region that scrolls on its own and takes keyboard focus", () => {
    const html = render(
      "| Instead of | Write |\n| --- | --- |\n| a | b |\n\n> | Quoted |\n> | --- |\n> | c |",
    );
    const regions = html.match(/<div[^>]*>\s*<table>/g) ?? [];
    expect(regions).toEqual([
      expect.stringContaining(
        'role="region" aria-label="Table: Instead of, Write" tabindex="0" class="table-scroll"',
      ),
      expect.stringContaining('aria-label="Table: Quoted"'),
    ]);
  });

  it("keeps raw HTML from posing as that wrapper", () => {
    const html = render('<div role="region" class="table-scroll" tabindex="0">x</div>');
    expect(html).not.toMatch(/role=|table-scroll|tabindex/);
  });

  it("never renders images, which would be third-party requests", () => {
    expect(render("![tracker](https://tracker.example/pixel.png)")).not.toContain("<img");
  });

  it("gives headings stable GitHub-style ids, unique on the page and clear of reserved ids", () => {
    const renderPage = createMarkdownRenderer(["faq"]);
    expect(renderPage("### The first 90 days")).toContain('<h3 id="the-first-90-days">');
    expect(renderPage("### The first 90 days")).toContain('<h3 id="the-first-90-days-1">');
    expect(renderPage("### FAQ")).toContain('<h3 id="faq-1">');
  });

  it("keeps GFM tables but not task-list checkboxes, which have no label", () => {
    const html = render("| a | b |\n| - | - |\n| 1 | 2 |\n\n- [x] done");
    expect(html).toContain("<table>");
    expect(html).not.toContain("<input");
  });

  it("extracts plain text for descriptions and JSON-LD", () => {
    expect(markdownToPlainText("**Bold** and [a link](https://example.com).\n\n- item")).toBe(
      "Bold and a link.\n\nitem",
    );
  });
});

describe("JSON-LD built from hostile FAQ text", () => {
  it("cannot close the script element or open a comment, and parses back to the same text", () => {
    const root = writeLibrary((slug, file) => {
      if (slug !== "alpha-skill") return;
      const faq = file.frontmatter.faq as { question: string; answer: string }[];
      faq[0] = {
        question: "What about </script><script>alert(1)</script>?",
        answer: "It ends here </script> <!-- and & here \u2028 too.",
      };
    });
    const guide = readLibrary(root).library.guides.find(
      (candidate) => candidate.slug === "alpha-skill",
    );
    if (!guide) throw new Error("fixture guide missing");
    const data = guideStructuredData(renderGuide(guide));
    const serialized = serializeJsonLd(data);
    expect(serialized).not.toMatch(/<\/script|<!--|<script/i);
    const parsed = JSON.parse(serialized) as {
      "@type": string;
      mainEntity?: { name: string; acceptedAnswer: { text: string } }[];
    }[];
    const faqPage = parsed.find((block) => block["@type"] === "FAQPage");
    expect(faqPage?.mainEntity?.[0]?.name).toBe("What about </script><script>alert(1)</script>?");
    expect(faqPage?.mainEntity?.[0]?.acceptedAnswer.text).toContain("</script> <!-- and & here");
    expect(faqPage?.mainEntity).toHaveLength(guide.faq.length);
  });
});
