import type { Metadata } from "next";
import { PageLink } from "@/components/page-link";
import { getAllRoles, getLibrary } from "@/lib/content/load";
import { skillsForRole } from "@/lib/content/roles";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Roles",
  description:
    "How tech-lead, staff, principal, engineering-manager and executive loops run, what separates levels, and which skills to study.",
  path: "/roles",
});

export default function RolesPage() {
  const roles = getAllRoles();
  const library = getLibrary();
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="mb-2 text-4xl font-bold tracking-tight">Roles</h1>
      <p className="mb-8 max-w-2xl text-lg text-muted">
        What each leadership role owns, how its interview loop runs, what separates one level from
        the next, and the guides to study first.
      </p>
      <ul className="grid gap-4 sm:grid-cols-2">
        {roles.map((role) => (
          <li key={role.slug} className="rounded-lg border border-border p-5">
            <h2 className="text-xl font-semibold">
              <PageLink href={`/roles/${role.slug}`}>{role.title}</PageLink>
            </h2>
            <p className="mt-1">{role.summary}</p>
            <p className="mt-3 text-sm text-muted">
              {role.questions.length} role questions · study{" "}
              {skillsForRole(role, library)
                .slice(0, 3)
                .map((skill) => skill.guide.title)
                .join(", ")}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
