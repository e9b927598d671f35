import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

// The demo store's checkout is slow on purpose: it answers after 4 seconds.
export async function POST() {
  await new Promise((r) => setTimeout(r, 4000));
  return NextResponse.json({ ok: true, order: `ORD-${Date.now().toString(36).toUpperCase()}` });
}
