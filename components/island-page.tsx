import type { ReactNode } from "react";

/**
 * The frame of a page whose body is a client island reading browser storage (practice, progress,
 * stories): heading and introduction as static HTML, what to expect without JavaScript, and the island.
 */
export function IslandPage({
  title,
  intro,
  withoutScript,
  children,
}: {
  title: string;
  intro: ReactNode;
  withoutScript: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="mb-2 text-4xl font-bold tracking-tight">{title}</h1>
      <p className="mb-8 max-w-2xl text-lg text-muted">{intro}</p>
      <noscript>
        <p className="mb-6 rounded-md border border-warn bg-warn-soft p-3">{withoutScript}</p>
      </noscript>
      {/* The island renders once storage is read and grows to well over a screen; reserving a screen
          up front keeps the footer from jumping down when it does (a layout shift). */}
      <div className="min-h-svh">{children}</div>
    </div>
  );
}
