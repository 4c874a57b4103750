import type { MetadataRoute } from "next";
import { getAllGuides, getAllRoles } from "@/lib/content/load";
import { absoluteUrl, site } from "@/lib/site";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const guides = getAllGuides();
  const roles = getAllRoles();
  const newest = [...guides, ...roles].map((page) => page.updated).sort().at(-1);
  return [
    { url: site.url, lastModified: newest },
    { url: absoluteUrl("/guides"), lastModified: newest },
    { url: absoluteUrl("/roles"), lastModified: newest },
    ...guides.map((guide) => ({ url: absoluteUrl(`/guides/${guide.slug}`), lastModified: guide.updated })),
    ...roles.map((role) => ({ url: absoluteUrl(`/roles/${role.slug}`), lastModified: role.updated })),
  ];
}
