import { ogImageSize, renderOgCard } from "@/components/og-card";
import { getAllRoles } from "@/lib/content/load";

export const alt = "Leadwise: roles";
export const size = ogImageSize;
export const contentType = "image/png";
export const dynamic = "force-static";

export default function Image() {
  return renderOgCard({
    eyebrow: "Roles",
    title: "What tech-lead, staff, principal and manager loops ask",
    detail: `${getAllRoles().length} roles, each with its loop, its levels and its questions`,
  });
}
