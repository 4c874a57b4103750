import { PageLink } from "@/components/page-link";
import { SiteSearch } from "./search/site-search";
import { ThemeToggle } from "./theme-toggle";

const navigation = [
  { href: "/guides", label: "Guides" },
  { href: "/roles", label: "Roles" },
  { href: "/questions", label: "Questions" },
  { href: "/practice", label: "Practice" },
  { href: "/stories", label: "Stories" },
  { href: "/progress", label: "Progress" },
];

export function SiteHeader() {
  return (
    <header role="banner" className="border-b border-border">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <PageLink
          href="/"
          className="flex items-center gap-2 text-lg font-semibold text-fg no-underline"
        >
          <svg aria-hidden="true" width="24" height="24" viewBox="0 0 32 32">
            <rect width="32" height="32" rx="7" fill="currentColor" className="text-accent" />
            <path
              d="M9 8v16h14"
              stroke="var(--accent-fg)"
              strokeWidth="3.5"
              fill="none"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          Leadwise
        </PageLink>
        <div className="flex items-center gap-1 sm:gap-3">
          <nav aria-label="Main">
            <ul className="flex items-center gap-1 sm:gap-2">
              {navigation.map((item) => (
                <li key={item.href}>
                  <PageLink
                    href={item.href}
                    className="inline-flex min-h-11 items-center rounded-md px-3 text-fg no-underline hover:bg-surface"
                  >
                    {item.label}
                  </PageLink>
                </li>
              ))}
            </ul>
          </nav>
          <SiteSearch />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
