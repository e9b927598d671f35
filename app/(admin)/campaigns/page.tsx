import type { Metadata } from "next";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/session";
import { listCampaigns, listEnvironments } from "@/lib/campaigns/queries";
import { CampaignTable } from "./campaign-table";
import { PublishPanel } from "./publish-panel";

export const metadata: Metadata = { title: "Campaigns" };

export default async function CampaignsPage() {
  const member = await requirePage("campaigns:view");
  const [rows, environments] = await Promise.all([
    listCampaigns(member.workspaceId),
    listEnvironments(member.workspaceId),
  ]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Campaigns</h1>
        <p className="text-sm text-slate-500">
          Changes take effect on users&apos; pages when you publish the environment.
        </p>
      </div>
      <PublishPanel environments={environments} canPublish={can(member.role, "campaigns:publish")} />
      <CampaignTable rows={rows} canEdit={can(member.role, "campaigns:edit")} />
    </div>
  );
}
