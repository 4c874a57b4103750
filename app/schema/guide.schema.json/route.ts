import { z } from "zod";
import { guideFrontmatterSchema } from "@/lib/content/schema";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

/** JSON Schema of a guide's frontmatter, generated from the zod schema so the two cannot drift. */
export function GET() {
  const schema = z.toJSONSchema(guideFrontmatterSchema, { io: "input" });
  return Response.json({
    ...schema,
    $id: absoluteUrl("/schema/guide.schema.json"),
    title: "Leadwise skill guide frontmatter",
  });
}
