import Link from "next/link";
import { redirect } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { currentMember } from "@/lib/auth/session";
import { IngestFaultBanner } from "@/components/ui/ingest-fault-banner";
import { MobileMenu } from "@/components/ui/mobile-menu";
import { WorkspaceSwitcher } from "@/components/workspace-switcher";
import { memberWorkspaces } from "@/lib/workspaces/mutations";
import { SampleDataBanner } from "./sample-data/sample-data-banner";

export const dynamic = "force-dynamic";

const NAV = [
  { href: "/dashboard", label: "Dashboard", permission: "dashboard:view" },
  { href: "/trends", label: "Trends", permission: "reports:view" },
  { href: "/reports/weekly", label: "Weekly report", permission: "reports:view" },
  { href: "/alerts", label: "Alerts", permission: "reports:view" },
  { href: "/campaigns", label: "Campaigns", permission: "campaigns:view" },
  { href: "/triggers", label: "Triggers", permission: "campaigns:view" },
  { href: "/segments", label: "Segments", permission: "campaigns:view" },
  { href: "/publishing", label: "Publishing", permission: "campaigns:view" },
  { href: "/install", label: "Install", permission: "campaigns:view" },
  { href: "/docs/api", label: "API docs", permission: "campaigns:view" },
  { href: "/audit", label: "Audit log", permission: "audit:view" },
  { href: "/members", label: "Members", permission: "members:view" },
  { href: "/settings", label: "Settings", permission: "settings:view" },
] as const;

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const member = await currentMember();
  if (!member) redirect("/login");
  const links = NAV.filter((n) => can(member.role, n.permission));
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only rounded-md bg-white px-3 py-2 text-sm font-medium text-indigo-700 focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:ring-2 focus:ring-indigo-500">
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-7xl items-center gap-3 whitespace-nowrap px-4 pt-3 text-sm sm:px-6">
          <Link href="/dashboard" className="text-base font-semibold text-indigo-700">
            Mea Culpa
          </Link>
          <WorkspaceSwitcher current={member.workspaceId} workspaces={await memberWorkspaces(member.userId)} canCreate={can(member.role, "workspaces:create")} />
          <div className="ml-auto flex min-w-0 items-center gap-3 text-slate-600">
            <span data-testid="current-user" className="hidden truncate sm:inline">
              {member.email} · <span className="font-medium">{member.role}</span>
            </span>
            <Link href="/logout" className="rounded-md px-2 py-1 hover:bg-slate-100">
              Sign out
            </Link>
          </div>
        </div>
        {/* a bar from 768 px; below, a menu (a native disclosure: no script, keyboard and screen-reader ready) */}
        <nav className="mx-auto hidden max-w-7xl flex-wrap gap-1 px-4 pb-1.5 pt-1 text-sm md:flex" aria-label="Main">
          {links.map((n) => (
            <Link key={n.href} href={n.href} className="rounded-md px-2.5 py-1.5 text-slate-700 hover:bg-slate-100">
              {n.label}
            </Link>
          ))}
        </nav>
        <MobileMenu className="group px-4 pb-2 pt-1 text-sm md:hidden">
          <summary className="inline-flex cursor-pointer list-none items-center gap-1 rounded-md px-2.5 py-1.5 font-medium text-slate-700 ring-1 ring-slate-200">
            Menu <span aria-hidden className="group-open:rotate-180">▾</span>
          </summary>
          <p className="mt-2 truncate px-2.5 text-xs text-slate-500">
            {member.email} · {member.role}
          </p>
          <nav className="mt-1 grid grid-cols-2 gap-1" aria-label="Main">
            {links.map((n) => (
              <Link key={n.href} href={n.href} className="rounded-md px-2.5 py-1.5 text-slate-700 hover:bg-slate-100">
                {n.label}
              </Link>
            ))}
          </nav>
        </MobileMenu>
      </header>
      {/* page-wide notices inside a landmark, so a screen reader's landmark list reaches them (#27, axe: region) */}
      <section aria-label="Notices" className="contents">
        <IngestFaultBanner />
        <SampleDataBanner workspaceId={member.workspaceId} role={member.role} />
      </section>
      {/* long words (emails, keys, URLs) wrap rather than widen the page on a phone */}
      <main id="main" tabIndex={-1} className="mx-auto [overflow-wrap:anywhere] max-w-7xl px-4 py-6 sm:px-6 sm:py-8 print:max-w-none print:p-0">{children}</main>
    </div>
  );
}
