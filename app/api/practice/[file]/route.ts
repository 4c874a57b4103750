import { getLibrary } from "@/lib/content/load";
import { buildManifest, buildSourceBank } from "@/lib/practice/bank";

export const dynamic = "force-static";
export const dynamicParams = false;

/** The practice runner's data: `manifest.json`, then one `<source>.json` per guide and role. */
export function generateStaticParams() {
  const library = getLibrary();
  return [
    "manifest",
    ...library.guides.map((guide) => guide.slug),
    ...library.roles.map((role) => role.slug),
  ].map((name) => ({ file: `${name}.json` }));
}

export async function GET(_request: Request, { params }: RouteContext<"/api/practice/[file]">) {
  const { file } = await params;
  const name = file.replace(/\.json$/, "");
  const library = getLibrary();
  if (name === "manifest") return Response.json(buildManifest(library));
  const bank = buildSourceBank(library, name);
  if (!bank) return Response.json({ error: "unknown source" }, { status: 404 });
  return Response.json(bank);
}
