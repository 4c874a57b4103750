import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const questionHeading = (page: Page) => page.locator("#practice-question");

/** The element's box lies wholly within the screen (not merely partly, as toBeInViewport allows). */
async function whollyOnScreen(locator: Locator): Promise<boolean> {
  return locator.evaluate((node) => {
    const box = node.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });
}

/** A touch target's size in CSS pixels: WCAG 2.5.5 asks 44 x 44. */
async function targetSize(locator: Locator) {
  const box = await locator.boundingBox();
  return { width: Math.round(box?.width ?? 0), height: Math.round(box?.height ?? 0) };
}

test("a flashcard set is finished by tapping alone, the question on the first screen and the actions in reach", async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== "touch-phone", "the touch journey runs on the 390 px phone");
  await page.goto("/practice");
  await page.getByRole("checkbox", { name: "Mentoring" }).tap();
  const start = page.getByRole("button", { name: "Start flashcards" });
  const startSize = await targetSize(start);
  expect(Math.min(startSize.width, startSize.height)).toBeGreaterThanOrEqual(44);
  await start.tap();

  const total = Number(
    (await page.getByText(/Question 1 of \d+ · from/).textContent())?.match(/of (\d+)/)?.[1],
  );
  expect(total).toBeGreaterThan(1);
  for (let number = 1; number <= total; number += 1) {
    await expect(page.getByText(`Question ${number} of ${total} · from`)).toBeVisible();
    await expect(questionHeading(page)).toBeInViewport();
    // The card scrolls to the top smoothly: wait for it to arrive.
    await expect
      .poll(() => whollyOnScreen(questionHeading(page)), {
        message: "question on the first screen",
      })
      .toBe(true);

    const reveal = page.getByRole("button", { name: /Reveal the strong answer/ });
    await expect
      .poll(() => whollyOnScreen(reveal), { message: "Reveal reachable without scrolling" })
      .toBe(true);
    await reveal.tap();
    const signal = page
      .getByRole("group", { name: "Which signals did your answer cover?" })
      .getByRole("checkbox")
      .first();
    await signal.tap();
    await expect(signal).toBeChecked();

    // The grade buttons ride the sticky bar: on screen at once, long answer or not, and 44 px tall.
    const good = page.getByRole("button", { name: /^3 Good/ });
    await expect
      .poll(() => whollyOnScreen(good), { message: "grade reachable without scrolling the answer" })
      .toBe(true);
    const size = await targetSize(good);
    expect(size.width).toBeGreaterThanOrEqual(44);
    expect(size.height).toBeGreaterThanOrEqual(44);
    await good.tap();
    await expect(good).toHaveAttribute("aria-pressed", "true");
    await page
      .getByRole("button", { name: number === total ? "Finish" : "Next →", exact: true })
      .tap();
  }
  await expect(page.getByRole("heading", { name: "Flashcards finished" })).toBeVisible();
  await expect(page.getByText(`${total} of ${total} graded: ${total} good.`)).toBeVisible();
});
