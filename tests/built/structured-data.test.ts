import { expect, it } from "vitest";
import { z } from "zod";
import { readLibrary } from "../../lib/content/load";
import { builtHtmlPages } from "../support/built-site";
import { isKnownJsonLdType, jsonLdShapes } from "../support/json-ld-shapes";

/** Every JSON-LD block on every built page parses and is the schema.org type it claims to be. */
it("every JSON-LD block on every page parses and has the shape of its @type", () => {
  const problems: string[] = [];
  const typesSeen = new Map<string, number>();
  let blocks = 0;
  for (const page of builtHtmlPages()) {
    for (const match of page.html.matchAll(
      /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g,
    )) {
      blocks += 1;
      const source = match[1] ?? "";
      // serializeJsonLd escapes every "<", so no string in the data can close the element or open a comment.
      if (source.includes("<")) problems.push(`${page.urlPath}: JSON-LD contains a raw "<"`);
      let data: unknown;
      try {
        data = JSON.parse(source);
      } catch (error) {
        problems.push(
          `${page.urlPath}: JSON-LD does not parse (${error instanceof Error ? error.message : String(error)})`,
        );
        continue;
      }
      for (const [index, block] of (Array.isArray(data) ? (data as unknown[]) : [data]).entries()) {
        const type: unknown =
          typeof block === "object" && block !== null && "@type" in block
            ? block["@type"]
            : undefined;
        if (!isKnownJsonLdType(type)) {
          problems.push(
            `${page.urlPath} block ${index}: @type ${JSON.stringify(type)} has no shape in tests/support/json-ld-shapes.ts`,
          );
          continue;
        }
        typesSeen.set(type, (typesSeen.get(type) ?? 0) + 1);
        const result = jsonLdShapes[type].safeParse(block);
        if (!result.success)
          problems.push(
            `${page.urlPath} block ${index} (${type}):\n${z.prettifyError(result.error)}`,
          );
      }
    }
  }
  expect(problems, `${blocks} JSON-LD blocks`).toEqual([]);
  // Every guide page carries Article + FAQPage + BreadcrumbList; every role page Article + BreadcrumbList.
  const { library } = readLibrary();
  expect(typesSeen.get("FAQPage") ?? 0).toBeGreaterThanOrEqual(library.guides.length);
  expect(typesSeen.get("BreadcrumbList") ?? 0).toBeGreaterThanOrEqual(
    library.guides.length + library.roles.length,
  );
});
