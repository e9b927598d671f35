import Link from "next/link";
import { redirect } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { currentMember } from "@/lib/auth/session";
import { IngestFaultBanner } from "@/components/ui/ingest-fault-banner";

export const dynamic = "force-dynamic";

const NAV = [
  { href: "/dashboard", label: "Dashboard", permission: "dashboard:view" },
  { href: "/trends", label: "Trends", permission: "reports:view" },
  { href: "/reports/weekly", label: "Weekly report", permission: "reports:view" },
  { href: "/alerts", label: "Alerts", permission: "reports:view" },
  { href: "/campaigns", label: "Campaigns", permission: "campaigns:view" },
  { href: "/segments", label: "Segments", permission: "campaigns:view" },
  { href: "/publishing", label: "Publishing", permission: "campaigns:view" },
  { href: "/audit", label: "Audit log", permission: "audit:view" },
  { href: "/members", label: "Members", permission: "members:view" },
  { href: "/settings", label: "Settings", permission: "settings:view" },
] as const;

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const member = await currentMember();
  if (!member) redirect("/login");
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-7xl items-center gap-3 whitespace-nowrap px-6 pt-3 text-sm">
          <Link href="/dashboard" className="text-base font-semibold text-indigo-700">
            Mea Culpa
          </Link>
          <span className="truncate text-slate-500">{member.workspaceName}</span>
          <div className="ml-auto flex min-w-0 items-center gap-3 text-slate-600">
            <span data-testid="current-user" className="truncate">
              {member.email} · <span className="font-medium">{member.role}</span>
            </span>
            <Link href="/logout" className="rounded-md px-2 py-1 hover:bg-slate-100">
              Sign out
            </Link>
          </div>
        </div>
        {/* wide enough for every section; scrolls sideways on a phone instead of wrapping */}
        <nav className="mx-auto flex max-w-7xl gap-1 overflow-x-auto whitespace-nowrap px-4 pb-1.5 pt-1 text-sm" aria-label="Main">
          {NAV.filter((n) => can(member.role, n.permission)).map((n) => (
            <Link key={n.href} href={n.href} className="rounded-md px-2.5 py-1.5 text-slate-700 hover:bg-slate-100">
              {n.label}
            </Link>
          ))}
        </nav>
      </header>
      <IngestFaultBanner />
      <main className="mx-auto max-w-7xl px-6 py-8 print:max-w-none print:p-0">{children}</main>
    </div>
  );
}
