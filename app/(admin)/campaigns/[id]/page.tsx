import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/session";
import { editorData } from "@/lib/campaigns/editor-data";
import { getCampaign } from "@/lib/campaigns/mutations";
import { CampaignForm } from "../campaign-form";
import { fromView } from "../campaign-form-model";
import { StatusControls } from "./status-controls";
import { PageTitle } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Campaign" };

export default async function CampaignPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ duplicated?: string }> }) {
  const member = await requirePage("campaigns:view");
  const { id } = await params;
  const duplicated = (await searchParams).duplicated === "1";
  const campaign = await getCampaign(member, id).catch(() => null);
  if (!campaign) notFound();
  const { defaults, triggers, segments, active } = await editorData(member.workspaceId);
  const canEdit = can(member.role, "campaigns:edit");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end gap-4">
        <div>
          <Link href="/campaigns" className="text-sm text-indigo-600">
            ← Campaigns
          </Link>
          <PageTitle>{campaign.name}</PageTitle>
          <p className="text-sm text-slate-500">
            Status <span data-testid="campaign-status" className="font-medium">{campaign.status}</span>
            {canEdit ? "" : " · read only for your role"}
          </p>
        </div>
        {canEdit && <StatusControls id={campaign.id} status={campaign.status} />}
      </div>
      {duplicated && (
        <p data-testid="duplicated-notice" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200">
          This is the copy, a draft: edit it here. The original is unchanged.
        </p>
      )}
      <CampaignForm
        id={campaign.id}
        initial={fromView(campaign)}
        triggers={triggers}
        segments={segments}
        defaults={defaults}
        active={active}
        readOnly={!canEdit || campaign.status === "archived"}
      />
    </div>
  );
}
