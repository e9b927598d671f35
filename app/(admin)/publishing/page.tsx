import Link from "next/link";
import type { Metadata } from "next";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/session";
import { listEnvironments } from "@/lib/campaigns/queries";
import { listRevisions } from "@/lib/publishing/publish";
import { EnvironmentCard } from "./environment-card";
import { PromoteButton } from "./promote-button";
import { PageHeader } from "@/components/ui/page-header";
import { demoWorkspaceId } from "@/lib/demo/seed";

export const metadata: Metadata = { title: "Publishing" };

export default async function PublishingPage() {
  const member = await requirePage("campaigns:view");
  const envs = await listEnvironments(member.workspaceId);
  const withHistory = await Promise.all(
    envs.map(async (e) => ({ name: e.name, publicKey: e.publicKey, revisions: await listRevisions(member, e.name) })),
  );
  return (
    <div className="space-y-6">
      <PageHeader title="Publishing">
          Users&apos; pages get campaign changes only when an environment is published. Editors publish staging;
          admins and owners publish production. Every publish, rollback and promotion is a new revision. Sites get
          them through the{" "}
          <Link href="/install" className="text-indigo-700 underline underline-offset-2 hover:decoration-2">
            install snippet
          </Link>
          .
        </PageHeader>
      {can(member.role, "publish:production") && <PromoteButton />}
      {member.workspaceId === (await demoWorkspaceId()) && (
        <p className="text-sm text-slate-600">
          Check a staging publish on the demo store before promoting it:{" "}
          <a href="/demo?env=staging" target="_blank" rel="noopener" className="font-medium text-indigo-700 underline">
            preview on the demo (staging)
          </a>
          .
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        {withHistory.map((e) => (
          <EnvironmentCard
            key={e.name}
            env={e}
            canPublish={can(member.role, e.name === "production" ? "publish:production" : "publish:staging")}
          />
        ))}
      </div>
    </div>
  );
}
