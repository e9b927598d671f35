import type { Metadata } from "next";
import { requirePage } from "@/lib/auth/session";
import { getLiveStats } from "@/lib/stats/live";
import { LiveCanary } from "./live-canary";
import { PageHeader } from "@/components/ui/page-header";
import { sampleDataAllowed } from "@/lib/sample-data";
import { SampleDataOffer } from "../sample-data/sample-data-banner";
import { UnusualTrafficNotice } from "@/components/ui/unusual-traffic-notice";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const member = await requirePage("dashboard:view");
  const initial = await getLiveStats({ workspaceId: member.workspaceId, env: "production", minutes: 60 });
  return (
    <div className="space-y-6">
      <PageHeader title="Dashboard">Every apology is a moment a user was let down. Watch this number.</PageHeader>
      <SampleDataOffer workspaceId={member.workspaceId} role={member.role} allowed={await sampleDataAllowed(member.workspaceId)} />
      <UnusualTrafficNotice workspaceId={member.workspaceId} />
      <LiveCanary initial={initial} />
    </div>
  );
}
