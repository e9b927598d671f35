import type { Metadata } from "next";
import { requirePage } from "@/lib/auth/session";
import { TrendsExplorer } from "./trends-explorer";

export const metadata: Metadata = { title: "Trends" };

export default async function TrendsPage() {
  await requirePage("reports:view");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Trends</h1>
        <p className="text-sm text-slate-500">How often users were let down, over time. Buckets are UTC.</p>
      </div>
      <TrendsExplorer />
    </div>
  );
}
