import { appIconResponse } from "@/components/app-icon";

export const dynamic = "force-static";

export function GET() {
  return appIconResponse(512);
}
