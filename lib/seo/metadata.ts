import type { Metadata } from "next";

export const feedAlternate = {
  "application/atom+xml": [{ url: "/feed.xml", title: "Leadwise: skill guides" }],
};

/** Title, description, canonical URL and the Open Graph / Twitter copies of them, for one page. */
export function pageMetadata({
  title,
  description,
  path,
  type = "website",
  modifiedTime,
}: {
  title: string;
  description: string;
  path: string;
  type?: "website" | "article";
  modifiedTime?: string;
}): Metadata {
  return {
    title,
    description,
    // A page's `alternates` replaces the layout's, so the feed link is repeated here to stay on every page.
    alternates: { canonical: path, types: feedAlternate },
    openGraph: {
      title,
      description,
      url: path,
      ...(type === "article" ? { type, modifiedTime } : { type }),
    },
    twitter: { card: "summary_large_image", title, description },
  };
}
