import { expect, test } from "./fixtures";

const guidePath = "/guides/technical-leadership";

const expectedSections = [
  "What it is",
  "Why companies hire for it",
  "Core concepts",
  "How it shows up in practice",
  "Trade-offs",
  "Best practices",
  "Common mistakes",
  "Interview questions",
  "Check your understanding",
  "Resume tips",
  "Example projects",
  "Career impact",
  "Learning resources",
  "FAQ",
  "Related skills and roles",
];

test("the pillar guide shows every section with content, reading time and updated date", async ({
  page,
}) => {
  await page.goto(guidePath);
  const headings = await page
    .getByRole("main")
    .getByRole("heading", { level: 2 })
    .allTextContents();
  for (const section of expectedSections) expect(headings).toContain(section);
  for (const section of expectedSections) {
    const region = page.getByRole("region", { name: section, exact: true });
    const text = (await region.innerText()).replace(section, "").trim();
    expect(text.length, `${section} has content`).toBeGreaterThan(150);
  }
  await expect(page.getByText(/\d+ min read · Updated \d{1,2} \w+ 20\d\d/)).toBeVisible();
  await expect(
    page.getByRole("table", { name: /Technical Leadership interview questions/ }),
  ).toBeVisible();
});

test("every table-of-contents link lands on its section", async ({ page }) => {
  await page.goto(guidePath);
  const links = page.getByRole("navigation", { name: "On this page" }).getByRole("link");
  const count = await links.count();
  expect(count).toBeGreaterThanOrEqual(expectedSections.length);
  for (let index = 0; index < count; index += 1) {
    const link = links.nth(index);
    const target = (await link.getAttribute("href")) ?? "";
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(page.locator(target)).toBeInViewport();
  }
});

test("every question and FAQ entry has its own anchor that opens at it", async ({ page }) => {
  // Jumps are instant, as for a reader who asks for reduced motion: with smooth scrolling, the second
  // jump lands while the first 30,000 px animation is still running and Chromium keeps the first.
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto(guidePath);
  const questionIds = await page
    .locator("article[data-question]")
    .evaluateAll((nodes) => nodes.map((node) => node.id));
  expect(questionIds.length).toBeGreaterThanOrEqual(12);
  expect(new Set(questionIds).size).toBe(questionIds.length);
  const faqIds = await page
    .locator("#faq details")
    .evaluateAll((nodes) => nodes.map((node) => node.id));
  expect(faqIds.length).toBeGreaterThanOrEqual(8);
  for (const id of [questionIds[questionIds.length - 1], faqIds[faqIds.length - 1]]) {
    await page.goto(`${guidePath}#${id}`);
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  }
});

test("the FAQ is an accordion, and its FAQPage JSON-LD parses and matches what is shown", async ({
  page,
}) => {
  await page.goto(guidePath);
  const entries = page.locator("#faq details");
  const first = entries.first();
  await expect(first).not.toHaveAttribute("open", "");
  await first.locator("summary").click();
  await expect(first).toHaveAttribute("open", "");

  const visible = await entries.evaluateAll((nodes) =>
    nodes.map((node) => ({
      question: node.querySelector("summary")?.textContent?.trim() ?? "",
      answer: [...node.querySelectorAll("p")]
        .map((paragraph) => paragraph.textContent?.trim())
        .join("\n\n"),
    })),
  );
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const parsed = blocks.flatMap((block) => {
    const value: unknown = JSON.parse(block);
    return Array.isArray(value) ? (value as unknown[]) : [value];
  }) as { "@type": string; mainEntity?: { name: string; acceptedAnswer: { text: string } }[] }[];
  const faqPage = parsed.find((block) => block["@type"] === "FAQPage");
  expect(
    faqPage?.mainEntity?.map((entry) => ({
      question: entry.name,
      answer: entry.acceptedAnswer.text,
    })),
  ).toEqual(visible);
  expect(parsed.map((block) => block["@type"])).toEqual(
    expect.arrayContaining(["Article", "BreadcrumbList"]),
  );
});

test("the guide page ships canonical, Open Graph and Twitter metadata", async ({
  page,
  request,
}) => {
  await page.goto(guidePath);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    /\/guides\/technical-leadership$/,
  );
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    "content",
    /Technical Leadership/,
  );
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toMatch(/\/guides\/technical-leadership\/opengraph-image/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
    "content",
    "summary_large_image",
  );
  const response = await request.get(new URL(image ?? "", "http://x").pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
});
