import type { Metadata } from "next";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/session";
import { listSegments } from "@/lib/segments/queries";
import { seenPopulation } from "@/lib/segments/estimate";
import { AttributesSeen } from "./attributes-seen";
import { SegmentEditor } from "./segment-editor";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Segments" };

export default async function SegmentsPage() {
  const member = await requirePage("campaigns:view");
  const [segments, seen] = await Promise.all([listSegments(member.workspaceId), seenPopulation(member.workspaceId)]);
  const attributes = seen.attributes.map((a) => a.attr);
  const canEdit = can(member.role, "campaigns:edit");
  return (
    <div className="space-y-6">
      <PageHeader title="Segments">
          Reusable audiences: conditions on user attributes (from <code>MeaCulpa.identify</code>), page path, device and locale.
        </PageHeader>
      <AttributesSeen seen={seen} />
      {canEdit && <SegmentEditor segment={null} canEdit attributes={attributes} />}
      {segments.map((s) => (
        <SegmentEditor key={s.id} segment={s} canEdit={canEdit} attributes={attributes} />
      ))}
      {segments.length === 0 && <p className="text-sm text-slate-500">No segments yet.</p>}
    </div>
  );
}
