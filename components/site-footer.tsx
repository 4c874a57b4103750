import { PageLink } from "@/components/page-link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-border">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm text-muted sm:flex-row sm:justify-between">
        <p>
          Leadwise: guides and practice for technical-leadership interviews. Your progress stays in
          your browser.
        </p>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            <li>
              <PageLink href="/guides">All guides</PageLink>
            </li>
            <li>
              <PageLink href="/roles">Roles</PageLink>
            </li>
            <li>
              <PageLink href="/plan">Loop plan</PageLink>
            </li>
            <li>
              <PageLink href="/notebook">Answer notebook</PageLink>
            </li>
            <li>
              <a href="/api/guides.json">Guides as JSON</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
