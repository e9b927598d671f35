import type { Metadata } from "next";
import Link from "next/link";
import { requirePage } from "@/lib/auth/session";
import { Simulator } from "./simulator";
import { PageTitle } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Simulate" };

export default async function SimulatePage() {
  await requirePage("campaigns:view");
  return (
    <div className="space-y-6">
      <div>
        <Link href="/campaigns" className="text-sm text-indigo-600">
          ← Campaigns
        </Link>
        <PageTitle>Simulate a failure</PageTitle>
        <p className="text-sm text-slate-500">
          See which campaign would apologize, with what words, and why every other one would not. Uses the SDK&apos;s own
          decision code. CSS selectors in triggers are assumed to match the failing element.
        </p>
      </div>
      <Simulator />
    </div>
  );
}
