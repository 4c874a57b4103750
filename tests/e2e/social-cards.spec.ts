import { builtHtmlPages } from "../support/built-site";
import { expect, test } from "./fixtures";

/**
 * A link pasted into a chat shows the page's card: every page that asks for a large-image card
 * names an og:image, and that image is served as a PNG. The list pages once declared the card with
 * no image and showed a blank box.
 */
test("every page that declares a large card has an Open Graph image served as PNG", async ({
  request,
}) => {
  const pages = builtHtmlPages().filter((page) =>
    /<meta name="twitter:card" content="summary_large_image"/.test(page.html),
  );
  expect(pages.length).toBeGreaterThan(100);
  const missing: string[] = [];
  const images = new Map<string, string>();
  for (const page of pages) {
    const image = /<meta property="og:image" content="([^"]+)"/.exec(page.html)?.[1];
    if (!image) missing.push(page.urlPath);
    else images.set(new URL(image, "http://localhost").pathname, page.urlPath);
  }
  expect(missing, "pages with a large card and no og:image").toEqual([]);
  for (const listPage of [
    "/guides",
    "/roles",
    "/questions",
    "/practice",
    "/progress",
    "/stories",
  ]) {
    expect([...images.values()], listPage).toContain(listPage);
  }
  const wrong: string[] = [];
  for (const [imagePath, pagePath] of images) {
    const response = await request.get(imagePath);
    const type = response.headers()["content-type"];
    if (response.status() !== 200 || type !== "image/png")
      wrong.push(`${pagePath}: ${imagePath} answered ${response.status()} ${type}`);
  }
  expect(wrong).toEqual([]);
});
