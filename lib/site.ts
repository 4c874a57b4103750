/**
 * Site-wide settings. The canonical origin comes from SITE_URL at build time so a fork or a preview
 * deploy writes its own canonical URLs, sitemap and Open Graph links.
 */
export const site = {
  name: "Leadwise",
  tagline: "Prepare for technical-leadership interviews",
  description:
    "Deep guides and practice for tech-lead, staff and engineering-manager interview loops: what interviewers listen for, strong answers, and spaced review.",
  url: (process.env.SITE_URL ?? "https://leadwise.dev").replace(/\/+$/, ""),
} as const;

export function absoluteUrl(pathname: string): string {
  return `${site.url}${pathname.startsWith("/") ? pathname : `/${pathname}`}`;
}
