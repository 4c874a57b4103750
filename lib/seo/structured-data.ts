import type { RenderedGuide } from "../content/render";
import type { Role } from "../content/parse";
import { absoluteUrl, site } from "../site";

/** schema.org objects for a guide page, built from the same data the page shows. */
export function guideStructuredData({ guide, faq }: RenderedGuide) {
  const url = absoluteUrl(`/guides/${guide.slug}`);
  return [
    {
      "@context": "https://schema.org",
      "@type": "Article",
      headline: guide.title,
      description: guide.summary,
      dateModified: guide.updated,
      url,
      mainEntityOfPage: url,
      publisher: { "@type": "Organization", name: site.name, url: site.url },
      keywords: guide.tags.join(", "),
    },
    {
      "@context": "https://schema.org",
      "@type": "FAQPage",
      mainEntity: faq.map((entry) => ({
        "@type": "Question",
        name: entry.question,
        acceptedAnswer: { "@type": "Answer", text: entry.plainAnswer },
      })),
    },
    breadcrumbs([
      { name: "Guides", path: "/guides" },
      { name: guide.title, path: `/guides/${guide.slug}` },
    ]),
  ];
}

export function roleStructuredData(role: Role) {
  return [
    {
      "@context": "https://schema.org",
      "@type": "Article",
      headline: `${role.title} interviews`,
      description: role.summary,
      dateModified: role.updated,
      url: absoluteUrl(`/roles/${role.slug}`),
      publisher: { "@type": "Organization", name: site.name, url: site.url },
    },
    breadcrumbs([
      { name: "Roles", path: "/roles" },
      { name: role.title, path: `/roles/${role.slug}` },
    ]),
  ];
}

export function breadcrumbs(items: { name: string; path: string }[]) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: absoluteUrl(item.path),
    })),
  };
}
