import { NextResponse } from "next/server";
import { dbHandle } from "@/lib/db";
import { ingestHealth } from "@/lib/events/ingest-health";
import pkg from "@/package.json";

export const dynamic = "force-dynamic";

export async function GET() {
  const handle = dbHandle();
  try {
    await handle.sql.query("SELECT 1");
    // reachable but refusing events (a full disk): still serving rules, so 200 for load
    // balancers, but "degraded" for monitors; the admin pages say why
    const status = ingestHealth().failingSince ? "degraded" : "ok";
    return NextResponse.json({ status, db: handle.kind, version: pkg.version });
  } catch {
    return NextResponse.json(
      { status: "error", db: handle.kind, version: pkg.version, error: "database unreachable" },
      { status: 503 },
    );
  }
}
