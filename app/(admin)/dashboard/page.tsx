import type { Metadata } from "next";
import { requirePage } from "@/lib/auth/session";
import { getLiveStats } from "@/lib/stats/live";
import { LiveCanary } from "./live-canary";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const member = await requirePage("dashboard:view");
  const initial = await getLiveStats({ workspaceId: member.workspaceId, env: "production", minutes: 60 });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Dashboard</h1>
        <p className="text-sm text-slate-500">
          Every apology is a moment a user was let down. Watch this number.
        </p>
      </div>
      <LiveCanary initial={initial} />
    </div>
  );
}
