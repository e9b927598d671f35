import type { Metadata } from "next";
import { requirePage } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { NewWorkspaceForm } from "./new-workspace-form";

export const metadata: Metadata = { title: "New workspace" };

export default async function NewWorkspacePage() {
  const member = await requirePage("workspaces:create");
  return (
    <div className="max-w-xl space-y-6">
      <PageHeader title="New workspace">
        A separate product or team: its own campaigns, environments, keys, members and numbers. You will own it; “{member.workspaceName}” is unchanged.
      </PageHeader>
      <NewWorkspaceForm />
    </div>
  );
}
