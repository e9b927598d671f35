import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

// The demo store's search: broken on purpose (a real 500 from a real server), or, with the store's
// "Slow search" toggle (`slow=1`), working but taking 3 s, as a search backend under load does.
export async function GET(request: Request) {
  if (new URL(request.url).searchParams.get("slow") === "1") {
    await new Promise((r) => setTimeout(r, 3000));
    return NextResponse.json({ results: [{ id: "sneaker", name: "Cloud Runner" }] });
  }
  return NextResponse.json({ error: "search index unavailable" }, { status: 500 });
}
