import type { Metadata } from "next";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/session";
import { settingsView } from "@/lib/settings/queries";
import { KeysSection } from "./keys-section";
import { WorkspaceSection } from "./workspace-section";
import { PageTitle } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const member = await requirePage("settings:view");
  const s = await settingsView(member.workspaceId);
  return (
    <div className="space-y-6">
      <PageTitle>Settings</PageTitle>
      <WorkspaceSection version={s.version} defaults={s.defaults} minGapSeconds={s.minGapSeconds} maxPerSession={s.maxPerSession} disputeThresholdPercent={s.disputeThresholdPercent} canEdit={can(member.role, "settings:edit")} />
      <div className="grid gap-6 lg:grid-cols-2">
        {s.environments.map((e) => (
          <KeysSection key={e.name} env={e} canManage={can(member.role, "keys:manage")} />
        ))}
      </div>
    </div>
  );
}
