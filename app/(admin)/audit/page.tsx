import type { Metadata } from "next";
import type { z } from "zod";
import Link from "next/link";
import { fieldChanges } from "@/lib/audit/changes";
import { auditQuery, listAudit } from "@/lib/audit/queries";
import { requirePage } from "@/lib/auth/session";
import { Select } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { Table, THead } from "@/components/ui/table";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const member = await requirePage("audit:view");
  const parsed = auditQuery.safeParse(await searchParams);
  const q: z.infer<typeof auditQuery> = parsed.success ? parsed.data : { page: 1 };
  const { rows, total, pages, actions } = await listAudit(member.workspaceId, q);
  const link = (page: number) =>
    `/audit?${new URLSearchParams({ ...(q.action ? { action: q.action } : {}), ...(q.target ? { target: q.target } : {}), page: String(page) })}`;
  return (
    <div className="space-y-6">
      <PageHeader title="Audit log">
          Every change, publish, rollback, key and member change: who, when, and what changed.
        </PageHeader>
      <form className="flex flex-wrap items-end gap-3 text-sm" method="get">
        <label>
          Action
          <Select name="action" defaultValue={q.action ?? ""} size="inline" className="ml-2">
            <option value="">all</option>
            {actions.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </Select>
        </label>
        <label>
          Target
          <Select name="target" defaultValue={q.target ?? ""} size="inline" className="ml-2">
            <option value="">all</option>
            {["campaign", "trigger", "segment", "environment", "alert", "member", "key", "settings"].map((t) => (
              <option key={t}>{t}</option>
            ))}
          </Select>
        </label>
        <button className="rounded-md bg-slate-900 px-3 py-1 text-white">Filter</button>
        <span className="text-slate-500">{total} entries</span>
      </form>
      <div className="scroll-hint overflow-x-auto rounded-xl shadow-sm ring-1 ring-slate-200" tabIndex={0} role="region" aria-label="Audit log table">
        <Table>
          <THead banded>
            <tr>
              <th className="px-4 py-2">When</th>
              <th className="px-4 py-2">Who</th>
              <th className="px-4 py-2">Action</th>
              <th className="px-4 py-2">Changes</th>
            </tr>
          </THead>
          <tbody className="divide-y divide-slate-100 align-top">
            {rows.map((r) => {
              const changes = fieldChanges(r.before, r.after).slice(0, 12);
              return (
                <tr key={r.id} data-testid="audit-row">
                  <td className="whitespace-nowrap px-4 py-2 text-slate-600">{new Date(r.at).toLocaleString()}</td>
                  <td className="px-4 py-2">{r.actor}</td>
                  <td className="px-4 py-2">
                    <code className="rounded bg-slate-100 px-1">{r.action}</code>
                  </td>
                  <td className="px-4 py-2">
                    {changes.length > 0 && (
                      <ul className="space-y-0.5 text-xs">
                        {changes.map((c) => (
                          <li key={c.path}>
                            <span className="font-medium">{c.path}</span>: <span className="text-rose-700 line-through">{c.before}</span>{" "}
                            → <span className="text-emerald-700">{c.after}</span>
                          </li>
                        ))}
                      </ul>
                    )}
                    {Object.keys(r.details).length > 0 && (
                      <pre tabIndex={0} className="mt-1 max-w-xl overflow-x-auto whitespace-pre-wrap text-xs text-slate-600">
                        {JSON.stringify(r.details)}
                      </pre>
                    )}
                  </td>
                </tr>
              );
            })}
            {rows.length === 0 && (
              <tr>
                <td colSpan={4} className="px-4 py-8 text-center text-slate-500">
                  Nothing recorded yet.
                </td>
              </tr>
            )}
          </tbody>
        </Table>
      </div>
      {pages > 1 && (
        <nav className="flex gap-3 text-sm" aria-label="Pages">
          {q.page > 1 && <Link href={link(q.page - 1)}>← Newer</Link>}
          <span>
            Page {q.page} of {pages}
          </span>
          {q.page < pages && <Link href={link(q.page + 1)}>Older →</Link>}
        </nav>
      )}
    </div>
  );
}
