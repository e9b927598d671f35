import { NextResponse } from "next/server";
import { dbHandle } from "@/lib/db";
import pkg from "@/package.json";

export const dynamic = "force-dynamic";

export async function GET() {
  const handle = dbHandle();
  try {
    await handle.sql.query("SELECT 1");
    return NextResponse.json({ status: "ok", db: handle.kind, version: pkg.version });
  } catch {
    return NextResponse.json(
      { status: "error", db: handle.kind, version: pkg.version, error: "database unreachable" },
      { status: 503 },
    );
  }
}
