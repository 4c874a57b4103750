import { z } from "zod";

/**
 * What each schema.org type we publish must carry to be what it claims (Google's required
 * properties for rich results, and the structure schema.org defines). A block whose @type has no
 * shape here fails the structured-data test: add the shape when you add the type.
 */

const text = z.string().trim().min(1);
const absoluteUrl = z.url({ protocol: /^https?$/ });
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, "an ISO 8601 date");
const typed = <T extends string>(type: T) => z.literal(type);

const organization = z.object({
  "@type": typed("Organization"),
  name: text,
  url: absoluteUrl.optional(),
});
const answer = z.object({ "@type": typed("Answer"), text });
const question = z.object({
  "@type": typed("Question"),
  name: text,
  text: text.optional(),
  answerCount: z.number().int().nonnegative().optional(),
  acceptedAnswer: answer.optional(),
  suggestedAnswer: z.union([answer, z.array(answer)]).optional(),
});

/** ListItem positions count 1, 2, 3 ... in order, as schema.org lists require. */
const listItems = <Item extends z.ZodType<{ position: number }>>(item: Item) =>
  z
    .array(item)
    .min(1)
    .refine(
      (items) => items.every((entry, index) => entry.position === index + 1),
      "ListItem positions must run 1, 2, 3 ... in order",
    );

const context = { "@context": z.literal("https://schema.org") };

export const jsonLdShapes = {
  Article: z.object({
    ...context,
    "@type": typed("Article"),
    headline: text.max(110),
    description: text.optional(),
    url: absoluteUrl,
    dateModified: isoDate.optional(),
    datePublished: isoDate.optional(),
    publisher: organization.optional(),
  }),
  FAQPage: z.object({
    ...context,
    "@type": typed("FAQPage"),
    mainEntity: z.array(question.required({ acceptedAnswer: true })).min(1),
  }),
  QAPage: z.object({
    ...context,
    "@type": typed("QAPage"),
    mainEntity: question.refine(
      (entry) => entry.acceptedAnswer ?? entry.suggestedAnswer,
      "a QAPage question needs an acceptedAnswer or suggestedAnswer",
    ),
  }),
  BreadcrumbList: z.object({
    ...context,
    "@type": typed("BreadcrumbList"),
    itemListElement: listItems(
      z.object({
        "@type": typed("ListItem"),
        position: z.number().int(),
        name: text,
        item: absoluteUrl.optional(),
      }),
    ),
  }),
  ItemList: z.object({
    ...context,
    "@type": typed("ItemList"),
    name: text.optional(),
    itemListElement: listItems(
      z.object({
        "@type": typed("ListItem"),
        position: z.number().int(),
        url: absoluteUrl.optional(),
        name: text.optional(),
      }),
    ),
  }),
  WebSite: z.object({ ...context, "@type": typed("WebSite"), name: text, url: absoluteUrl }),
  WebPage: z.object({
    ...context,
    "@type": typed("WebPage"),
    name: text,
    url: absoluteUrl.optional(),
  }),
  CollectionPage: z.object({
    ...context,
    "@type": typed("CollectionPage"),
    name: text,
    url: absoluteUrl.optional(),
  }),
  Quiz: z.object({
    ...context,
    "@type": typed("Quiz"),
    name: text,
    hasPart: z.array(question).optional(),
  }),
  Organization: organization.extend(context),
} as const;

export type JsonLdType = keyof typeof jsonLdShapes;

export const isKnownJsonLdType = (type: unknown): type is JsonLdType =>
  typeof type === "string" && Object.hasOwn(jsonLdShapes, type);
