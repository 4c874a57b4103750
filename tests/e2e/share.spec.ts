import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const guidePath = "/guides/mentoring";
const guide = JSON.parse(readFileSync("out/api/guides/mentoring.json", "utf8")) as {
  questions: { id: string }[];
};

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test("a section's copy-link button copies its exact anchor, says so, and the link opens at that section", async ({
  page,
  baseURL,
}) => {
  await page.goto(guidePath);
  await page.getByRole("button", { name: "Copy link to section: Trade-offs" }).click();
  const confirmation = page
    .getByRole("status")
    .filter({ hasText: "Link copied to the clipboard." });
  await expect(confirmation).toBeVisible();
  const copied = await readClipboard(page);
  expect(copied).toBe(`${baseURL}${guidePath}#trade-offs`);

  const fresh = await page.context().newPage();
  await fresh.goto(copied);
  await expect(fresh.locator("#trade-offs")).toBeInViewport();
  await expect(fresh.getByRole("heading", { level: 2, name: "Trade-offs" })).toBeInViewport();
  await fresh.close();
});

test("every section heading and every question card has a share control", async ({ page }) => {
  await page.goto(guidePath);
  const sections = await page.locator("main section[aria-labelledby]").count();
  await expect(page.getByRole("button", { name: /^Copy link to section: / })).toHaveCount(sections);
  await expect(page.getByRole("button", { name: /^Copy link to question \d+$/ })).toHaveCount(
    guide.questions.length,
  );
});

test("a question card shares its own anchor and the guide header shares the guide", async ({
  page,
  baseURL,
}) => {
  await page.goto(`${guidePath}#faq`);
  await page.getByRole("button", { name: "Copy link to question 3" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  expect(await readClipboard(page)).toBe(`${baseURL}${guidePath}#${guide.questions[2]?.id}`);

  await page.getByRole("button", { name: "Share", exact: true }).click();
  await expect.poll(() => readClipboard(page)).toBe(`${baseURL}${guidePath}`);
});

test("where the device can share, the share sheet gets the link with its anchor", async ({
  page,
  baseURL,
}) => {
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { sharedForTest: shared });
    Object.defineProperty(navigator, "share", {
      value: (data: ShareData) => {
        shared.push(data);
        return Promise.resolve();
      },
      configurable: true,
    });
  });
  await page.goto(guidePath);
  await page.getByRole("button", { name: "Copy link to section: FAQ" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link shared." })).toBeVisible();
  const shared = await page.evaluate(
    () => (window as unknown as { sharedForTest: ShareData[] }).sharedForTest,
  );
  expect(shared.map((data) => data.url)).toEqual([`${baseURL}${guidePath}#faq`]);
});

test("a question page's share button shares the question page", async ({ page, baseURL }) => {
  const id = guide.questions[0]?.id ?? "";
  await page.goto(`/questions/${id}`);
  await page.getByRole("button", { name: "Share", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  expect(await readClipboard(page)).toBe(`${baseURL}/questions/${id}`);
});
