import type { Metadata } from "next";
import { PracticeApp } from "@/components/practice/practice-app";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Practise interview questions",
  description: "Flashcards graded against the signals interviewers listen for, knowledge checks, timed mock interviews and spaced review. Progress stays in your browser.",
  path: "/practice",
});

export default function PracticePage() {
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="mb-2 text-4xl font-bold tracking-tight">Practise</h1>
      <p className="mb-8 max-w-2xl text-lg text-muted">
        Say your answer out loud, then check it against what interviewers listen for. Everything you grade comes back for review just before you would
        forget it. Nothing leaves your browser.
      </p>
      <noscript>
        <p className="mb-6 rounded-md border border-warn bg-warn-soft p-3">The practice runner needs JavaScript. Every guide, with its questions and strong answers, works without it.</p>
      </noscript>
      {/* The island renders after the browser storage is read and grows to well over a screen; reserving
          a screen up front keeps the footer from jumping down when it does (layout shift). */}
      <div className="min-h-svh">
        <PracticeApp />
      </div>
    </div>
  );
}
