/** Sanitised HTML rendered at build time from the guides' Markdown (lib/content/render.ts). */
export function HtmlBlock({ html, className = "" }: { html: string; className?: string }) {
  return (
    <div className={`prose max-w-none ${className}`} dangerouslySetInnerHTML={{ __html: html }} />
  );
}
