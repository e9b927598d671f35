import type { Metadata } from "next";
import { requirePage } from "@/lib/auth/session";
import { listMembers } from "@/lib/members/queries";
import { AddMemberForm } from "./add-member-form";
import { MemberList } from "./member-list";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage() {
  const member = await requirePage("members:view");
  const members = await listMembers(member.workspaceId);
  return (
    <div className="space-y-6">
      <PageHeader title="Members">
          Viewers read charts; editors change and publish campaigns; admins also manage members; owners everything.
        </PageHeader>
      <section className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <h2 className="mb-3 font-semibold">Add a member</h2>
        <AddMemberForm canGrantOwner={member.role === "owner"} />
      </section>
      <MemberList members={members} me={member.userId} myRole={member.role} />
    </div>
  );
}
