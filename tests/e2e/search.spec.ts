import { readdirSync, readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, colourRules, expectNoAxeViolations, test } from "./fixtures";
import { waitForHydration } from "./hydration";

// A sentence from the strong answer of one question. The first test checks it is in no other
// question page, so landing on that question proves the search found the answer text itself.
const answerPhrase = "reconciliation report now runs in 12";
const answerQuestionId = "adr-decision-that-went-wrong";

// The index and its code, and on a reading page the dialog's own module (React and the dialog).
const isSearchRequest = (url: string) => {
  const path = new URL(url).pathname;
  return (
    path.startsWith("/pagefind/") || path.startsWith("/_next/static/leadwise/standalone-search-")
  );
};

async function openSearchWithSlash(page: Page) {
  await waitForHydration(page);
  await page.locator("body").press("/");
  const dialog = page.getByRole("dialog", { name: "Search Leadwise" });
  await expect(dialog).toBeVisible();
  return dialog;
}

test("the phrase is in exactly one question page", () => {
  const pages = readdirSync("out/questions").filter((name) => name.endsWith(".html"));
  const holders = pages.filter((name) =>
    readFileSync(`out/questions/${name}`, "utf8").includes(answerPhrase),
  );
  expect(holders).toEqual([`${answerQuestionId}.html`]);
});

test("a phrase from one strong answer finds that question and lands on it", async ({ page }) => {
  await page.goto("/guides");
  const dialog = await openSearchWithSlash(page);
  await dialog.getByRole("searchbox").fill(answerPhrase);
  const questions = dialog.getByRole("region", { name: "Questions" });
  await expect(questions.getByRole("link").first()).toContainText(
    "architecture decision of yours that turned out to be wrong",
  );
  // The hit names the guide it comes from, and its passage is the matching answer text.
  await expect(questions.getByRole("link").first()).toContainText("Guide: Architecture Decisions");
  await expect(questions.getByRole("link").first().locator("mark").first()).toBeVisible();
  await expect(dialog.getByRole("status")).toContainText(`for “${answerPhrase}”`);
  await questions.getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/questions/${answerQuestionId}$`));
  await expect(page.getByText(answerPhrase, { exact: false })).toBeVisible();
});

test("search works by keyboard alone: open, type, arrow through results, Enter, Escape", async ({
  page,
}) => {
  await page.goto("/");
  const trigger = page.getByRole("button", { name: "Search" });
  await waitForHydration(page);

  // Ctrl+K opens it and Escape closes it, handing focus back to the header button.
  await page.keyboard.press("Control+k");
  const dialog = page.getByRole("dialog", { name: "Search Leadwise" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("searchbox")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();

  await openSearchWithSlash(page);
  await page.keyboard.type("delegating to a new tech lead");
  const links = dialog.locator("a[href]");
  // The first search fetches and compiles pagefind's index: slow on a busy CI machine.
  await expect(links.first()).toBeVisible({ timeout: 20_000 });
  // The status names the term its results answer: once it names the whole term, the list is final.
  await expect(dialog.getByRole("status")).toContainText(
    /\d+ results? for “delegating to a new tech lead”/,
    { timeout: 20_000 },
  );
  await page.keyboard.press("ArrowDown");
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(links.nth(0)).toBeFocused();
  const target = (await links.nth(0).getAttribute("href")) ?? "";
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${target.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
});

test("results are grouped by kind, with guide sections linked at their heading", async ({
  page,
}) => {
  await page.goto("/");
  const dialog = await openSearchWithSlash(page);
  await dialog.getByRole("searchbox").fill("delegation");
  await expect(dialog.getByRole("region", { name: "Guides" })).toBeVisible();
  await expect(dialog.getByRole("region", { name: "Questions" })).toBeVisible();
  const sections = dialog.getByRole("region", { name: "Guide sections" }).getByRole("link");
  await expect(sections.first()).toHaveAttribute("href", /^\/guides\/[a-z-]+#[a-z0-9-]+$/);
  await expect(dialog.locator("mark").first()).toBeVisible();
  const href = (await sections.first().getAttribute("href")) ?? "";
  await sections.first().click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(`[id="${href.split("#")[1]}"]`)).toBeInViewport();
});

test("a guide page requests neither the search code nor its index until the search opens", async ({
  page,
}) => {
  const searchRequests: string[] = [];
  page.on("request", (request) => {
    if (isSearchRequest(request.url())) searchRequests.push(new URL(request.url()).pathname);
  });
  await page.goto("/guides/technical-leadership");
  await page.waitForLoadState("networkidle");
  await page.mouse.wheel(0, 4000);
  // What scrolling could start is started within a frame of it: wait for two, then look at
  // everything the page has fetched so far, not only the requests seen above.
  const fetched = await page.evaluate(async () => {
    for (let frame = 0; frame < 2; frame += 1)
      await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.getEntriesByType("resource").map((entry) => new URL(entry.name).pathname);
  });
  expect(fetched.length, "the page's own resources are in the timeline").toBeGreaterThan(0);
  expect(fetched.filter((path) => isSearchRequest(`http://x${path}`))).toEqual([]);
  expect(searchRequests).toEqual([]);

  await page.getByRole("button", { name: "Search" }).click();
  await expect.poll(() => searchRequests).toContain("/pagefind/pagefind.js");
  await page
    .getByRole("dialog", { name: "Search Leadwise" })
    .getByRole("searchbox")
    .fill("trade-offs");
  await expect
    .poll(() => searchRequests.some((path) => path.includes("/pagefind/index/")))
    .toBe(true);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations in the open search with results in the ${colorScheme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/guides/delegation");
    const dialog = await openSearchWithSlash(page);
    await dialog.getByRole("searchbox").fill("delegation");
    await expect(dialog.getByRole("region", { name: "Guide sections" })).toBeVisible();
    await expectNoAxeViolations(
      page,
      `search dialog (${colorScheme})`,
      colorScheme === "dark" ? colourRules : undefined,
    );
  });
}

// The sentence the issue pasted: from the "Career impact" section of Incident Leadership.
const careerImpactSentence =
  "For managers, the health of the on-call rotation is one of the clearest signals of how well they look after their team, and leadership notices when a manager's team stops showing up in incident reviews.";

test("a sentence copied from a guide opens that guide at the section that holds it", async ({
  page,
}) => {
  await page.goto("/");
  const dialog = await openSearchWithSlash(page);
  await dialog.getByRole("searchbox").fill(careerImpactSentence);
  const first = dialog.locator("a[href]").first();
  await expect(first).toHaveAttribute("href", "/guides/incident-leadership#career-impact-heading");
  // The hit says where it is: the section's title and the guide it belongs to.
  await expect(first).toContainText("Career impact");
  await expect(first).toContainText("Incident Leadership");
  await first.click();
  await expect(page).toHaveURL(/\/guides\/incident-leadership#career-impact-heading$/);
  await expect(page.locator("#career-impact-heading")).toBeInViewport();
});

test("a question result offers to practise that one question", async ({ page }) => {
  await page.goto("/");
  const dialog = await openSearchWithSlash(page);
  await dialog.getByRole("searchbox").fill("Tell me about the most serious incident you led");
  const questions = dialog.getByRole("region", { name: "Questions" });
  const practise = questions.getByRole("link", {
    name: /^Practise this: Tell me about the most serious incident you led/,
  });
  await expect(practise).toHaveAttribute("href", "/practice?q=inc-most-serious-incident-led");
  await practise.click();
  // The runner keeps the one question in its own URL form (`ids=...&seed=...`).
  await expect(page).toHaveURL(/\/practice\?.*inc-most-serious-incident-led/);
  await expect(
    page.getByRole("heading", {
      level: 2,
      name: /^Tell me about the most serious incident you led/,
    }),
  ).toBeVisible();
});

test("the results narrow to one kind and one skill", async ({ page }) => {
  await page.goto("/");
  const dialog = await openSearchWithSlash(page);
  await dialog.getByRole("searchbox").fill("ownership");
  await expect(dialog.getByRole("region", { name: "Guides" })).toBeVisible();
  await dialog.getByLabel("Show").selectOption("question");
  await expect(dialog.getByRole("region", { name: "Guides" })).toBeHidden();
  const questions = dialog.getByRole("region", { name: "Questions" });
  const hitTexts = () => questions.locator("li > a:first-child").allTextContents();
  // Before the skill filter, questions from other guides are among the hits.
  await expect
    .poll(async () => (await hitTexts()).some((text) => !text.includes("Guide: Delegation")))
    .toBe(true);
  await dialog.getByLabel("Skill").selectOption("Delegation");
  // Then every hit left is a Delegation question, and says so.
  await expect
    .poll(async () => {
      const texts = await hitTexts();
      return texts.length > 0 && texts.every((text) => text.includes("Guide: Delegation"));
    })
    .toBe(true);
  await expect(dialog.getByRole("region", { name: "Guides" })).toBeHidden();
});
