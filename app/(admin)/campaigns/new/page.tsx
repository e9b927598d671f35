import type { Metadata } from "next";
import Link from "next/link";
import { requirePage } from "@/lib/auth/session";
import { editorData } from "@/lib/campaigns/editor-data";
import { CampaignForm } from "../campaign-form";
import { EMPTY_FORM } from "../campaign-form-model";
import { PageTitle } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "New campaign" };

export default async function NewCampaignPage() {
  const member = await requirePage("campaigns:edit");
  const { defaults, triggers, segments, active } = await editorData(member.workspaceId);
  return (
    <div className="space-y-6">
      <div>
        <Link href="/campaigns" className="text-sm text-indigo-600">
          ← Campaigns
        </Link>
        <PageTitle>New campaign</PageTitle>
        <p className="text-sm text-slate-500">It starts as a draft; activate it and publish to apologize for real.</p>
      </div>
      <CampaignForm id={null} initial={EMPTY_FORM} triggers={triggers}
        segments={segments} defaults={defaults} active={active} readOnly={false} />
    </div>
  );
}
