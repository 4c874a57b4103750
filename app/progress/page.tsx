import type { Metadata } from "next";
import { ProgressDashboard } from "@/components/progress/progress-dashboard";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Your progress",
  description: "Mastery by skill, questions due for spaced review, recent practice sessions and a chart of your reviews. Stored only in your browser.",
  path: "/progress",
});

export default function ProgressPage() {
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="mb-2 text-4xl font-bold tracking-tight">Your progress</h1>
      <p className="mb-8 max-w-2xl text-lg text-muted">What you have practised, what is due, and how it is going. It is kept in this browser only.</p>
      <noscript>
        <p className="mb-6 rounded-md border border-warn bg-warn-soft p-3">Progress is read from your browser&apos;s storage, which needs JavaScript.</p>
      </noscript>
      {/* The island renders after the browser storage is read and grows to well over a screen; reserving
          a screen up front keeps the footer from jumping down when it does (layout shift). */}
      <div className="min-h-svh">
        <ProgressDashboard />
      </div>
    </div>
  );
}
