import { NextResponse } from "next/server";
import { rulesJsonSchema } from "@/lib/api/openapi";

export function GET() {
  return NextResponse.json(rulesJsonSchema(), {
    headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=3600" },
  });
}
