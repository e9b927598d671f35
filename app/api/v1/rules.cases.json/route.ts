import { NextResponse } from "next/server";
import cases from "@/lib/rules/cases.json";

// The conformance cases any client of the rules format can run (docs/rules-format.md): the same
// file Vitest and Chromium check the SDK's evaluator against.
export function GET() {
  return NextResponse.json(cases, {
    headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=3600" },
  });
}
