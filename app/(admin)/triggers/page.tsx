import type { Metadata } from "next";
import Link from "next/link";
import { requirePage } from "@/lib/auth/session";
import { listTriggers } from "@/lib/campaigns/triggers";
import { TRIGGERS } from "@/lib/triggers/registry";
import { PageHeader } from "@/components/ui/page-header";
import { triggerSummary } from "./trigger-summary";

export const metadata: Metadata = { title: "Triggers" };

export default async function TriggersPage() {
  const member = await requirePage("campaigns:view");
  const triggers = await listTriggers(member.workspaceId);
  return (
    <div className="space-y-6">
      <PageHeader title="Triggers">
        The failures campaigns apologize for. A trigger can serve several campaigns: changing it changes all of them at their next publish.
      </PageHeader>
      {triggers.length === 0 && <p className="text-sm text-slate-500">No triggers yet: campaigns create them.</p>}
      <ul className="space-y-3">
        {triggers.map((t) => (
          <li key={t.id} data-testid="trigger-row" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="font-semibold">
                <Link href={`/triggers/${t.id}`} className="text-indigo-700 underline underline-offset-2 hover:decoration-2">
                  {t.name}
                </Link>
              </h2>
              <span className="text-sm text-slate-600">{TRIGGERS[t.type].firesWhen}</span>
            </div>
            {/* stacked on a phone: a selector or URL pattern gets the whole width instead of breaking into fragments */}
            <dl className="mt-2 grid gap-x-3 gap-y-0.5 text-sm sm:grid-cols-[auto_1fr]">
              {triggerSummary(t.type, t.definition).map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-slate-500">{label}</dt>
                  <dd className="mb-1 [overflow-wrap:break-word] sm:mb-0">{value}</dd>
                </div>
              ))}
            </dl>
            <p className="mt-2 text-sm" data-testid="trigger-used-by">
              {t.campaigns.length === 0
                ? "Not used by any campaign."
                : <>Used by {t.campaigns.map((c, i) => (
                    <span key={c.id}>
                      {i > 0 && ", "}
                      <Link href={`/campaigns/${c.id}`} className="text-indigo-700 underline underline-offset-2 hover:decoration-2">{c.name}</Link> ({c.status})
                    </span>
                  ))}.</>}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
