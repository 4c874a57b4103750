import { expect, test } from "./fixtures";

test("a new visitor goes from home to a guide, a section, a related skill and a role", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("leadership");
  await page.getByRole("link", { name: "Browse the guides" }).click();
  await expect(page).toHaveURL(/\/guides$/);
  await expect(page.getByRole("heading", { level: 1, name: "Skill guides" })).toBeVisible();

  await page
    .getByRole("link", { name: /^Technical Leadership/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/guides\/technical-leadership$/);
  await expect(page.getByRole("heading", { level: 1, name: "Technical Leadership" })).toBeVisible();

  const toc = page.getByRole("navigation", { name: "On this page" });
  await toc.getByRole("link", { name: "Trade-offs" }).click();
  await expect(page).toHaveURL(/#trade-offs$/);
  await expect(page.locator("#trade-offs")).toBeInViewport();

  const relatedSkills = page.getByRole("list", { name: "Related skills" });
  const firstSkill = relatedSkills.getByRole("link").first();
  const skillTitle = (await firstSkill.locator("span").first().textContent()) ?? "";
  await firstSkill.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(skillTitle);

  await page.goto("/guides/technical-leadership");
  await page.getByRole("list", { name: "Related roles" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/roles\/[a-z-]+$/);
  await expect(page.getByRole("heading", { level: 2, name: "How the loop runs" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Skills to study" })).toBeVisible();
});

test("a section link opens the guide at that section", async ({ page }) => {
  await page.goto("/guides/mentoring#common-mistakes");
  await expect(page.locator("#common-mistakes")).toBeInViewport();
  await expect(page.getByRole("heading", { level: 2, name: "Common mistakes" })).toBeInViewport();
});

test("an unknown page answers with the 404 page and a way back", async ({ page }) => {
  const response = await page.goto("/guides/does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(
    page.getByRole("heading", { level: 1, name: "This page does not exist" }),
  ).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Browse the guides" }).click();
  await expect(page).toHaveURL(/\/guides$/);
});

test("the theme switch cycles system, light and dark, and the choice survives a reload", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/guides/communication");
  const html = page.locator("html");
  await expect(html).toHaveAttribute("data-theme", "light");
  const toggle = page.getByRole("button", { name: /^Theme: System/ });
  await toggle.click();
  await expect(page.getByRole("button", { name: /^Theme: Light/ })).toBeVisible();
  await page.getByRole("button", { name: /^Theme: Light/ }).click();
  await expect(html).toHaveAttribute("data-theme", "dark");
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe("rgb(14, 17, 22)");
  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("button", { name: /^Theme: Dark/ })).toBeVisible();
});

test.describe("with every script held back", () => {
  test.use({ waitForLivePage: false });

  test("a saved dark theme reads Dark on the toggle before any script of the page has run", async ({
    page,
  }) => {
    await page.addInitScript(() => localStorage.setItem("leadwise:theme", "dark"));
    // Only the inline boot script runs: every bundle is held back, so nothing else does.
    await page.route("**/_next/static/**/*.js", (route) => route.abort());
    await page.goto("/guides/communication");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(page.getByRole("button", { name: /^Theme: Dark/ })).toBeVisible();
    await expect(page.getByText("System", { exact: true })).toBeHidden();
  });
});

test("without JavaScript the theme still follows the system preference", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark", javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/guides/technical-leadership");
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    "rgb(14, 17, 22)",
  );
  await context.close();
});

test("the catalog filters by category and tag, keeps the filter in the URL and flags unknown parameters", async ({
  page,
  browser,
}) => {
  await page.goto("/guides");
  const status = page.getByText(/^Showing \d+ of \d+ guides$/);
  const total = Number((await status.textContent())?.match(/of (\d+)/)?.[1]);
  await page.getByRole("button", { name: "Growing people" }).click();
  await expect(page).toHaveURL(/\?category=people$/);
  await expect(page.getByRole("link", { name: /^Mentoring/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Communication/ })).toHaveCount(0);
  const shown = Number((await status.textContent())?.match(/Showing (\d+)/)?.[1]);
  expect(shown).toBeLessThan(total);

  const shared = await browser.newPage();
  await shared.goto(page.url());
  await expect(shared.getByRole("button", { name: "Growing people" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(shared.getByText(`Showing ${shown} of ${total} guides`)).toBeVisible();
  await shared.close();

  await page.goto("/guides?category=people&sort=<script>alert(1)</script>");
  await expect(
    page.getByRole("status").filter({ hasText: "Ignored unknown filter" }),
  ).toContainText("sort=<script>");
  await expect(page.getByRole("link", { name: /^Mentoring/ })).toBeVisible();
});
