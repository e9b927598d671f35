import type { Metadata } from "next";
import { requirePage } from "@/lib/auth/session";
import { TrendsExplorer } from "./trends-explorer";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Trends" };

export default async function TrendsPage() {
  await requirePage("reports:view");
  return (
    <div className="space-y-6">
      <PageHeader title="Trends">
          How often users were let down, over time. Buckets are UTC.
        </PageHeader>
      <TrendsExplorer />
    </div>
  );
}
