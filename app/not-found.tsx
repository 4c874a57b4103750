import { PageLink } from "@/components/page-link";
import type { Metadata } from "next";

export const metadata: Metadata = {
  title: "Page not found",
  description:
    "This Leadwise page does not exist. Browse the skill guides or the role pages instead.",
  robots: { index: false },
};

export default function NotFound() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-accent">404</p>
      <h1 className="mb-4 text-4xl font-bold tracking-tight">This page does not exist</h1>
      <p className="mb-6 text-lg text-muted">
        The link may be mistyped, or the page may have moved. Every guide is listed in the catalog.
      </p>
      <ul className="flex flex-wrap gap-3">
        <li>
          <PageLink
            href="/guides"
            className="inline-flex min-h-11 items-center rounded-md bg-accent px-5 font-semibold text-accent-fg no-underline"
          >
            Browse the guides
          </PageLink>
        </li>
        <li>
          <PageLink
            href="/roles"
            className="inline-flex min-h-11 items-center rounded-md border border-border px-5 font-semibold no-underline"
          >
            See the roles
          </PageLink>
        </li>
        <li>
          <PageLink
            href="/"
            className="inline-flex min-h-11 items-center rounded-md border border-border px-5 font-semibold no-underline"
          >
            Home
          </PageLink>
        </li>
      </ul>
    </div>
  );
}
