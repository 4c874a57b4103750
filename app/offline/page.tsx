import type { Metadata } from "next";
import { PageLink } from "@/components/page-link";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = {
  ...pageMetadata({
    title: "You are offline",
    description: "This page has not been saved on this device yet. What works offline on Leadwise.",
    path: "/offline",
  }),
  robots: { index: false },
};

/** What the service worker shows for a page it has not kept, from the same deploy's precache. */
export default function OfflinePage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="mb-4 text-4xl font-bold tracking-tight">You are offline</h1>
      <p className="mb-4 text-lg">
        This page has not been saved on this device yet. Open it once when you are back online and
        it will read offline from then on, or save the whole library from your plan page.
      </p>
      <p className="mb-2">These work offline now:</p>
      <ul className="list-disc pl-6">
        <li>
          <PageLink href="/practice">Practice</PageLink> and{" "}
          <PageLink href="/progress">your progress</PageLink>
        </li>
        <li>
          <PageLink href="/stories">Your story bank</PageLink>
        </li>
        <li>
          <PageLink href="/plan">Your loop plan</PageLink>
        </li>
        <li>Every guide you have opened on this device</li>
      </ul>
    </div>
  );
}
