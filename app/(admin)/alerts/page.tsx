import type { Metadata } from "next";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/session";
import { listAlertRules, listFirings } from "@/lib/alerts/queries";
import { listCampaignNames } from "@/lib/campaigns/queries";
import { formatCount } from "@/lib/format";
import { AlertRuleCard } from "./alert-rule-card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, THead } from "@/components/ui/table";

export const metadata: Metadata = { title: "Alerts" };

export default async function AlertsPage() {
  const member = await requirePage("reports:view");
  const canEdit = can(member.role, "alerts:manage");
  const [rules, firings, campaigns] = await Promise.all([
    listAlertRules(member.workspaceId, { revealSecrets: canEdit }),
    listFirings(member.workspaceId),
    listCampaignNames(member.workspaceId),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title="Alerts">
          Be told when apologies spike: a metric over a window, against a threshold or its usual level (the same window on each of the prior
          7 days). Checked every minute; delivered to a webhook (Slack-compatible).
        </PageHeader>
      <div className="space-y-4">
        {rules.map((r) => (
          <AlertRuleCard key={r.id} rule={r} campaigns={campaigns} canEdit={canEdit} />
        ))}
        {rules.length === 0 && <p className="text-sm text-slate-500">No alert rules yet.</p>}
        {canEdit && <AlertRuleCard rule={null} campaigns={campaigns} canEdit />}
      </div>
      <section className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <h2 className="font-semibold">History</h2>
        {firings.length === 0 ? (
          <p className="mt-2 text-sm text-slate-500">No alert has fired yet.</p>
        ) : (
          <Table className="mt-3" data-testid="alert-history">
            <THead>
              <tr>
                <th className="py-1 font-medium">Fired (UTC)</th>
                <th className="py-1 font-medium">Alert</th>
                <th className="py-1 text-right font-medium">Value</th>
                <th className="py-1 text-right font-medium">Usual</th>
                <th className="py-1 pl-4 font-medium">Delivery</th>
              </tr>
            </THead>
            <tbody className="divide-y divide-slate-100">
              {firings.map((f) => (
                <tr key={f.id} title={f.message}>
                  <td className="whitespace-nowrap py-1.5 tabular-nums">{f.firedAt.slice(0, 16).replace("T", " ")}</td>
                  <td className="py-1.5">
                    {f.ruleName}
                    {f.ruleId === null && <span className="text-xs text-slate-500"> (deleted)</span>}
                  </td>
                  <td className="py-1.5 text-right tabular-nums">{formatCount(f.value)}</td>
                  <td className="py-1.5 text-right tabular-nums text-slate-600">{f.baseline === null ? "—" : formatCount(f.baseline)}</td>
                  <td className={`py-1.5 pl-4 ${f.delivered ? "text-emerald-700" : "text-rose-700"}`}>
                    {f.delivered ? "delivered" : "not delivered"} <span className="text-xs text-slate-500">{f.response}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
    </div>
  );
}
