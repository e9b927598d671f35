import type { Metadata } from "next";
import Link from "next/link";
import { requirePage } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { ApiReference } from "./api-reference";

export const metadata: Metadata = { title: "API reference" };

export default async function ApiDocsPage() {
  await requirePage("campaigns:view");
  return (
    <div className="space-y-4">
      <PageHeader title="API reference">
        Every route of the management API, the stats API and the two public SDK endpoints. Call the management API with a secret key from{" "}
        <Link href="/settings" className="text-indigo-700 underline underline-offset-2 hover:decoration-2">
          Settings
        </Link>{" "}
        (<code>Authorization: Bearer sk_…</code>). The document is at{" "}
        <a href="/api/v1/openapi.json" className="text-indigo-700 underline underline-offset-2 hover:decoration-2">
          /api/v1/openapi.json
        </a>
        ; the rules format is in{" "}
        <Link href="/docs/rules" className="text-indigo-700 underline underline-offset-2 hover:decoration-2">
          Rules format
        </Link>
        .
      </PageHeader>
      <ApiReference url="/api/v1/openapi.json" />
    </div>
  );
}
