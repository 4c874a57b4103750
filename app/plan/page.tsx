import type { Metadata } from "next";
import { Island } from "@/components/islands/island";
import { IslandPage } from "@/components/island-page";
import { getLibrary } from "@/lib/content/load";
import { planCatalog } from "@/lib/plan/catalog";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Your loop plan",
  description:
    "Pick your role, your loop date and the minutes you have each day, and get a day-by-day plan: guides to read, questions to practise, stories to write and a mock interview the day before. Kept in your browser only.",
  path: "/plan",
});

export default function PlanPage() {
  return (
    <IslandPage
      title="Your loop plan"
      intro="Tell Leadwise when your loop is and how long you have each day. The plan covers every skill the role's page lists, spaces out practice so each skill comes back before the day, and ends with a mock interview. Miss a day and the rest re-balances. Kept in this browser; exported with your progress."
      withoutScript="The plan is built and kept in your browser, which needs JavaScript."
    >
      <Island name="PlanApp" props={{ catalog: planCatalog(getLibrary()) }} />
    </IslandPage>
  );
}
