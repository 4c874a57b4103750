import { MenuButton, SearchButton, siteMenuId, ThemeToggle } from "@/components/header-controls";
import { PageLink } from "@/components/page-link";

const navigation = [
  { href: "/guides", label: "Guides" },
  { href: "/roles", label: "Roles" },
  { href: "/questions", label: "Questions" },
  { href: "/practice", label: "Practice" },
  { href: "/stories", label: "Stories" },
  { href: "/progress", label: "Progress" },
];

/**
 * One row from 320 px up: the logo, search (one tap on every page) and, below the desktop
 * breakpoint, the menu button; the links and theme switch then fold into a panel under the row.
 */
export function SiteHeader() {
  return (
    <header role="banner" className="border-b border-border">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-2 px-4 py-3 lg:flex-nowrap lg:gap-3">
        <PageLink
          href="/"
          className="order-0 mr-auto flex items-center gap-2 text-lg font-semibold text-fg no-underline lg:mr-0"
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
        <div className="order-1 lg:order-2">
          <SearchButton />
        </div>
        <MenuButton />
        <div
          id={siteMenuId}
          className="site-menu order-3 basis-full lg:order-1 lg:ml-auto lg:basis-auto"
        >
          <div className="flex flex-col gap-2 pt-2 lg:flex-row lg:items-center lg:gap-3 lg:pt-0">
            <nav aria-label="Main">
              <ul className="grid grid-cols-2 gap-1 sm:grid-cols-3 lg:flex lg:items-center lg:gap-2">
                {navigation.map((item) => (
                  <li key={item.href}>
                    <PageLink
                      href={item.href}
                      className="flex min-h-11 items-center rounded-md px-3 text-fg no-underline hover:bg-surface"
                    >
                      {item.label}
                    </PageLink>
                  </li>
                ))}
              </ul>
            </nav>
            <div>
              <ThemeToggle />
            </div>
          </div>
        </div>
      </div>
    </header>
  );
}
