import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

// The demo store's search is broken on purpose: a real 500 from a real server.
export async function GET() {
  return NextResponse.json({ error: "search index unavailable" }, { status: 500 });
}
