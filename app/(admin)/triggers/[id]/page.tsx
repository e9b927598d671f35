import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/session";
import { getTrigger } from "@/lib/campaigns/triggers";
import { PageHeader } from "@/components/ui/page-header";
import { TriggerEditor } from "../trigger-editor";

export const metadata: Metadata = { title: "Trigger" };

export default async function TriggerPage({ params }: { params: Promise<{ id: string }> }) {
  const member = await requirePage("campaigns:view");
  const trigger = await getTrigger(member.workspaceId, (await params).id);
  if (!trigger) notFound();
  return (
    <div className="space-y-6">
      <PageHeader title={trigger.name}>Changing this trigger changes every campaign listed below, from their next publish.</PageHeader>
      <TriggerEditor trigger={trigger} canEdit={can(member.role, "campaigns:edit")} />
    </div>
  );
}
