import type { Metadata } from "next";

export const feedAlternate = {
  "application/atom+xml": [{ url: "/feed.xml", title: "Leadwise: skill guides" }],
};

/** Another page's social card, shown for this one (see `card` below). */
export type SharedCard = { path: string; alt: string };

/** Every social card's size (components/og-card.tsx draws them at it). */
export const ogImageSize = { width: 1200, height: 630 };

/**
 * Title, description, canonical URL and the Open Graph / Twitter copies of them, for one page. A
 * page's social card is normally its route's `opengraph-image`; `card` names another page's instead.
 */
export function pageMetadata({
  title,
  description,
  path,
  type = "website",
  modifiedTime,
  card,
}: {
  title: string;
  description: string;
  path: string;
  type?: "website" | "article";
  modifiedTime?: string;
  card?: SharedCard;
}): Metadata {
  const images = card
    ? [{ url: card.path, alt: card.alt, type: "image/png", ...ogImageSize }]
    : undefined;
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
      ...(images ? { images } : {}),
    },
    twitter: { card: "summary_large_image", title, description, ...(images ? { images } : {}) },
  };
}
