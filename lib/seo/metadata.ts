import type { Metadata } from "next";

/** Title, description, canonical URL and the Open Graph / Twitter copies of them, for one page. */
export function pageMetadata({ title, description, path, type = "website", modifiedTime }: { title: string; description: string; path: string; type?: "website" | "article"; modifiedTime?: string }): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { title, description, url: path, ...(type === "article" ? { type, modifiedTime } : { type }) },
    twitter: { card: "summary_large_image", title, description },
  };
}
