import { expect, test } from "./fixtures";

test("a flashcard set by keyboard alone: Start within 10 Tab presses, grading keys on a ticked signal", async ({
  page,
}) => {
  // Ten questions, each reached by Tab from the answer's heading to its first signal.
  test.setTimeout(120_000);
  await page.goto("/practice");
  await expect(page.getByRole("button", { name: "Start flashcards" })).toBeVisible();
  let presses = 0;
  const startReached = () =>
    page.evaluate(() => {
      const focused = document.activeElement;
      return (
        focused?.textContent?.trim() === "Skip to Start" ||
        focused?.textContent?.trim() === "Start flashcards"
      );
    });
  while (presses < 10 && !(await startReached())) {
    await page.keyboard.press("Tab");
    presses += 1;
  }
  expect(await startReached(), `Start reached in ${presses} Tab presses`).toBe(true);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Start flashcards" })).toBeFocused();
  await page.keyboard.press("Enter");

  const position = page.getByText(/Question 1 of \d+ · from/);
  const total = Number((await position.textContent())?.match(/of (\d+)/)?.[1]);
  for (let number = 1; number <= total; number += 1) {
    await expect(page.locator("#practice-question")).toBeFocused();
    await page.keyboard.press("r");
    await expect(page.getByRole("heading", { name: "A strong answer" })).toBeFocused();
    // Tab to the first signal, tick it with Space, and grade from there.
    const signal = page
      .getByRole("group", { name: "Which signals did your answer cover?" })
      .getByRole("checkbox")
      .first();
    for (
      let step = 0;
      step < 30 && !(await signal.evaluate((node) => node === document.activeElement));
      step += 1
    )
      await page.keyboard.press("Tab");
    await expect(signal).toBeFocused();
    await page.keyboard.press("Space");
    await expect(signal).toBeChecked();
    await page.keyboard.press("3");
    await expect(page.getByRole("button", { name: /^3 Good/ })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await page.keyboard.press("n");
  }
  await expect(page.getByRole("heading", { name: "Flashcards finished" })).toBeFocused();
  await expect(page.getByText(`${total} of ${total} graded: ${total} good.`)).toBeVisible();
});
