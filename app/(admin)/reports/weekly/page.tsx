import type { Metadata } from "next";
import Link from "next/link";
import { format } from "date-fns";
import { Sparkline } from "@/components/charts/sparkline";
import { WeekChart } from "@/components/charts/week-chart";
import { requirePage } from "@/lib/auth/session";
import { weeklyQuery, weeklySummaryFor, type Comparison } from "@/lib/stats/weekly";
import { formatCount } from "@/lib/format";
import { PrintButton } from "./print-button";
import { Input } from "@/components/ui/input";
import { PageTitle } from "@/components/ui/page-header";
import { Table, THead } from "@/components/ui/table";

export const metadata: Metadata = { title: "Weekly report" };

const utcDay = (iso: string) => format(new Date(iso.slice(0, 10) + "T12:00:00"), "EEE d MMM yyyy");

function Change({ c, neutral }: { c: Pick<Comparison, "change" | "changeRatio">; neutral?: boolean }) {
  // more apologies is worse: up is red, down is green; a count that is neither good nor bad (sessions) stays grey
  const tone = neutral || c.change === 0 ? "text-slate-600" : c.change > 0 ? "text-rose-700" : "text-emerald-700";
  const pct = c.changeRatio === null ? (c.change ? "new" : "") : `${c.changeRatio > 0 ? "+" : ""}${Math.round(c.changeRatio * 100)}%`;
  return (
    <span className={`tabular-nums ${tone}`}>
      {c.change > 0 ? "+" : ""}
      {formatCount(c.change)}
      {pct && <span className="ml-1 text-xs">({pct})</span>}
    </span>
  );
}

/** "3 (4.2 %)": the disputed count and its share of the apologies shown; "–" when none were disputed. */
function DisputedShare({ c }: { c: Pick<Comparison, "disputed" | "disputedShare"> }) {
  if (!c.disputed) return <span aria-label="none disputed">–</span>;
  return (
    <span>
      {formatCount(c.disputed)} ({((c.disputedShare ?? 0) * 100).toFixed(1)} %)
    </span>
  );
}

function ComparisonTable({ title, rows, testId }: { title: string; rows: Comparison[]; testId: string }) {
  return (
    <section className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 print:break-inside-avoid print:shadow-none">
      <h2 className="font-semibold">{title}</h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">No apologies in either week.</p>
      ) : (
        <Table className="mt-3" data-testid={testId}>
          <THead>
            <tr>
              <th className="py-1 font-medium">Name</th>
              <th className="py-1 text-right font-medium">This week</th>
              <th className="py-1 text-right font-medium">Last week</th>
              <th className="py-1 text-right font-medium">Change</th>
              <th className="py-1 text-right font-medium" title="Apologies this week the user answered “Nothing's wrong?” to">Disputed</th>
              <th className="py-1 pl-4 font-medium">Mon–Sun</th>
            </tr>
          </THead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.key}>
                <td className="max-w-72 truncate py-1.5 print:max-w-none print:whitespace-normal print:[overflow-wrap:normal]">{r.label}</td>
                <td className="py-1.5 text-right tabular-nums">{formatCount(r.thisWeek)}</td>
                <td className="py-1.5 text-right tabular-nums text-slate-600">{formatCount(r.lastWeek)}</td>
                <td className="py-1.5 text-right">
                  <Change c={r} />
                </td>
                <td className="py-1.5 text-right tabular-nums text-slate-600">
                  <DisputedShare c={r} />
                </td>
                <td className="py-1.5 pl-4">
                  <Sparkline values={r.daily} label={`${r.label}, apologies per day`} />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}

export default async function WeeklyReportPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const member = await requirePage("reports:view");
  const parsed = weeklyQuery.safeParse(await searchParams);
  const q = parsed.success ? parsed.data : { env: "production" as const };
  const s = await weeklySummaryFor(member.workspaceId, q);
  const link = (week: string | null, env = s.env) => `/reports/weekly?${new URLSearchParams({ env, ...(week ? { week } : {}) })}`;
  const t = s.totals;
  const kpis = [
    { label: "Apologies shown", c: t.shown, id: "weekly-shown" },
    { label: "Failures detected", c: t.detected, id: "weekly-detected" },
    { label: "Suppressed", c: t.suppressed, id: "weekly-suppressed" },
    { label: "Sessions", c: t.sessions, id: "weekly-sessions", neutral: true },
  ];
  return (
    <div className="space-y-6 print:space-y-4">
      <div className="flex flex-wrap items-start gap-4">
        <div>
          <PageTitle>Weekly report</PageTitle>
          <p className="text-sm text-slate-600" data-testid="weekly-range">
            <span className="font-medium text-slate-800">{member.workspaceName}</span> · {utcDay(s.weekStart)} – {utcDay(new Date(Date.parse(s.weekEnd) - 1).toISOString())} (UTC, {s.env})
            {s.partial && ` · week in progress: both weeks compared up to ${utcDay(s.comparedUntil).slice(0, 3)} ${s.comparedUntil.slice(11, 16)} UTC`}
          </p>
          {!parsed.success && <p className="text-sm text-rose-700">{parsed.error.issues[0].path.join(".")}: {parsed.error.issues[0].message}. Showing this week.</p>}
        </div>
        <nav className="ml-auto flex flex-wrap items-center gap-2 text-sm print:hidden" aria-label="Weeks">
          <Link href={link(s.previousWeek)} className="rounded-md px-2 py-1 ring-1 ring-slate-300 hover:bg-slate-50">
            ← Previous week
          </Link>
          {s.nextWeek && (
            <Link href={link(s.nextWeek)} className="rounded-md px-2 py-1 ring-1 ring-slate-300 hover:bg-slate-50">
              Next week →
            </Link>
          )}
          <form method="get" className="flex items-center gap-1">
            <input type="hidden" name="env" value={s.env} />
            <label htmlFor="week" className="text-slate-600">Week of</label>
            <Input id="week" name="week" type="date" defaultValue={s.weekStart.slice(0, 10)} size="inline" />
            <button className="rounded-md px-2 py-1 ring-1 ring-slate-300 hover:bg-slate-50">Go</button>
          </form>
          <Link href={link(q.week ?? null, s.env === "production" ? "staging" : "production")} className="rounded-md px-2 py-1 hover:bg-slate-100">
            Show {s.env === "production" ? "staging" : "production"}
          </Link>
          <PrintButton />
        </nav>
      </div>

      <dl className="grid grid-cols-2 gap-4 md:grid-cols-5">
        {kpis.map((k) => (
          <div key={k.id} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 print:shadow-none">
            <dt className="text-xs uppercase tracking-wide text-slate-500">{k.label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid={k.id}>
              {formatCount(k.c.thisWeek)}
            </dd>
            <dd className="text-xs text-slate-600">
              last week {formatCount(k.c.lastWeek)} · <Change c={k.c} neutral={"neutral" in k} />
            </dd>
          </div>
        ))}
        <div className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 print:shadow-none">
          <dt className="text-xs uppercase tracking-wide text-slate-500">Per 1,000 sessions</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid="weekly-rate">
            {formatCount(t.rate.thisWeek)}
          </dd>
          <dd className="text-xs text-slate-600">last week {formatCount(t.rate.lastWeek)}</dd>
        </div>
      </dl>

      <section className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 print:break-inside-avoid print:shadow-none">
        <h2 className="font-semibold">This week against last week</h2>
        <p className="mb-2 text-sm text-slate-600">Apologies shown per day (UTC); last week&apos;s days whole{s.partial ? ", today's so far" : ""}.</p>
        <WeekChart days={s.days} />
      </section>

      <div className="grid gap-4 md:grid-cols-2 print:grid-cols-1">
        {(["up", "down"] as const).map((dir) => (
          <section key={dir} className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 print:shadow-none">
            <h2 className="font-semibold">{dir === "up" ? "Biggest increases" : "Biggest decreases"}</h2>
            {s.movers[dir].length === 0 ? (
              <p className="mt-2 text-sm text-slate-500">{dir === "up" ? "Nothing got worse." : "Nothing improved."}</p>
            ) : (
              <ul className="mt-2 space-y-1.5 text-sm" data-testid={`movers-${dir}`}>
                {s.movers[dir].map((m) => (
                  <li key={m.kind + m.key} className="flex items-center gap-3">
                    <span className="w-16 text-xs text-slate-500">{m.kind}</span>
                    <span className="min-w-0 flex-1 truncate print:whitespace-normal print:[overflow-wrap:normal]">{m.label}</span>
                    <Change c={m} />
                    <Sparkline values={m.daily} label={`${m.label}, apologies per day`} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>

      <ComparisonTable title="By campaign" rows={s.campaigns} testId="weekly-campaigns" />
      <ComparisonTable title="By trigger type" rows={s.triggers} testId="weekly-triggers" />
      <section className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 print:shadow-none">
        <h2 className="font-semibold">Sensed, not apologized for</h2>
        <p className="mt-1 text-sm text-slate-600">Failures a campaign matched without an apology, by reason. They are not in the canary: an offline visitor was not let down by the site, and an apology nobody saw was never given.</p>
        {s.suppressedBy.length === 0 ? (
          <p className="mt-2 text-sm text-slate-500">None this week or last.</p>
        ) : (
          <ul className="mt-2 space-y-1.5 text-sm" data-testid="weekly-suppressed-by">
            {s.suppressedBy.map((r) => (
              <li key={r.key} className="flex items-center gap-3">
                <span className="min-w-0 flex-1">{r.label}</span>
                <span className="tabular-nums">{formatCount(r.thisWeek)}</span>
                <span className="text-xs text-slate-500">last week {formatCount(r.lastWeek)}</span>
                <Change c={r} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
