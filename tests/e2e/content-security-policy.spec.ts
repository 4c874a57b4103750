import { expect, test } from "@playwright/test";

/**
 * The shipped policy in force: the `_headers` CSP on every response, and on every page a pinned
 * meta policy listing exactly that page's inline scripts (tests/built/page-files.test.ts checks the
 * pins in the files). The rest of the e2e suite fails on any CSP violation, so the pinned hashes are
 * proven to let the site work; these tests prove they also stop what they should.
 */

test("a script or event handler injected into a page does not run, while the page's own scripts do", async ({
  page,
}) => {
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective}`,
      );
    });
  });
  const response = await page.goto("/guides/technical-leadership");
  expect(response?.headers()["content-security-policy"]).toContain("object-src 'none'");
  // The theme boot script (inline, pinned) ran, and React hydrated (external chunks + RSC payload):
  // the toggle responds, system -> light -> dark.
  await expect(page.locator("html")).toHaveAttribute("data-theme", /^(light|dark)$/);
  const toggle = page.getByRole("button", { name: /^Theme:/ });
  await toggle.click();
  await expect(toggle).toHaveAccessibleName(/^Theme: Light/);
  await toggle.click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");

  const ran = await page.evaluate(async () => {
    const flags = window as unknown as Record<string, boolean>;
    const script = document.createElement("script");
    script.textContent = "window.injectedScriptRan = true";
    document.body.append(script);
    const button = document.createElement("button");
    button.setAttribute("onclick", "window.injectedHandlerRan = true");
    document.body.append(button);
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { script: flags.injectedScriptRan === true, handler: flags.injectedHandlerRan === true };
  });
  expect(ran).toEqual({ script: false, handler: false });
  await expect
    .poll(() => [...new Set(violations)].sort())
    .toEqual(["script-src-attr", "script-src-elem"]);
});
