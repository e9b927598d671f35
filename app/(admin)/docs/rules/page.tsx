import type { Metadata } from "next";
import { readFile } from "node:fs/promises";
import path from "node:path";
import Link from "next/link";
import { requirePage } from "@/lib/auth/session";
import { Markdown } from "@/components/ui/markdown";

export const metadata: Metadata = { title: "Rules format" };

// The same file the repository documents the format in, so the page and the file cannot differ.
const RULES_FORMAT = path.join(process.cwd(), "docs", "rules-format.md");

export default async function RulesFormatPage() {
  await requirePage("campaigns:view");
  const source = await readFile(RULES_FORMAT, "utf8");
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-500">
        For clients you write yourself (apps, servers). The machine-readable schema is{" "}
        <a href="/api/v1/rules.schema.json" className="text-indigo-700 underline underline-offset-2 hover:decoration-2">
          /api/v1/rules.schema.json
        </a>
        , the conformance cases to run your client against are{" "}
        <a href="/api/v1/rules.cases.json" className="text-indigo-700 underline underline-offset-2 hover:decoration-2">
          /api/v1/rules.cases.json
        </a>
        ; every route is in the{" "}
        <Link href="/docs/api" className="text-indigo-700 underline underline-offset-2 hover:decoration-2">
          API reference
        </Link>
        .
      </p>
      <Markdown source={source} />
    </div>
  );
}
