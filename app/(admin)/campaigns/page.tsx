import type { Metadata } from "next";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/session";
import Link from "next/link";
import { campaignDisputes, campaignSparklines, listCampaigns } from "@/lib/campaigns/queries";
import { CampaignTable } from "./campaign-table";
import { liveStates } from "@/lib/publishing/live-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Campaigns" };

export default async function CampaignsPage() {
  const member = await requirePage("campaigns:view");
  const [campaigns, sparks, disputes, live] = await Promise.all([
    listCampaigns(member.workspaceId),
    campaignSparklines(member.workspaceId),
    campaignDisputes(member.workspaceId),
    liveStates(member.workspaceId),
  ]);
  const rows = campaigns.map((c) => ({ ...c, spark: sparks[c.id] ?? [0, 0, 0, 0, 0, 0, 0], dispute: disputes[c.id] ?? null, live: live[c.id] ?? { staging: null, production: null } }));
  const canEdit = can(member.role, "campaigns:edit");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end gap-4">
        <PageHeader title="Campaigns">
          Changes reach users&apos; pages when you{" "}
            <Link href="/publishing" className="font-medium text-indigo-600">
              publish
            </Link>{" "}
            an environment.
        </PageHeader>
        <Link href="/campaigns/simulate" className="ml-auto rounded-md px-3 py-1.5 text-sm font-medium text-indigo-700 ring-1 ring-indigo-200 hover:bg-indigo-50">
          Simulate a failure
        </Link>
        {canEdit && (
          <Link
            href="/campaigns/new"
            className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-500"
          >
            New campaign
          </Link>
        )}
      </div>
      <CampaignTable rows={rows} canEdit={canEdit} />
    </div>
  );
}
