// The trends page's URL state and the stats query it asks for: what a shared link restores.
import { describe, expect, it } from "vitest";
import { statsQuery } from "@/lib/stats/series";
import { apiQuery, readState, writeState } from "./trends-query";

const NOW = Date.UTC(2026, 10, 29, 13, 20);

describe("trends query", () => {
  it("a URL round-trips through the state, and junk falls back to the defaults", () => {
    const p = new URLSearchParams("env=staging&range=custom&from=2026-11-01&to=2026-11-07&groupBy=trigger&type=shown,disputed&metric=rate");
    expect(Object.fromEntries(writeState(readState(p)))).toEqual(Object.fromEntries(p));
    expect(readState(new URLSearchParams("env=prod&range=1y&groupBy=x&type=bogus&metric=z"))).toEqual({
      env: "production",
      range: "7d",
      from: "",
      to: "",
      groupBy: "none",
      types: ["shown"],
      metric: "count",
    });
  });

  it("a relative range ends at the end of the current hour; a custom one includes its last day", () => {
    const rel = apiQuery(readState(new URLSearchParams("range=24h")), NOW);
    expect("query" in rel && Object.fromEntries(rel.query)).toMatchObject({ from: "2026-11-28T14:00:00.000Z", to: "2026-11-29T14:00:00.000Z" });
    const custom = apiQuery(readState(new URLSearchParams("range=custom&from=2026-11-01&to=2026-11-07")), NOW);
    expect("query" in custom && Object.fromEntries(custom.query)).toMatchObject({ from: "2026-11-01T00:00:00.000Z", to: "2026-11-08T00:00:00.000Z" });
  });

  it("names what is missing or backwards in a custom range", () => {
    expect(apiQuery(readState(new URLSearchParams("range=custom&from=2026-11-01")), NOW)).toEqual({ problem: "Pick both a start and an end date for a custom range." });
    expect(apiQuery(readState(new URLSearchParams("range=custom&from=2026-11-09&to=2026-11-01")), NOW)).toEqual({ problem: "The start date must be on or before the end date." });
  });

  it("what it asks for is a query the stats API accepts", () => {
    const q = apiQuery(readState(new URLSearchParams("range=30d&groupBy=campaign&type=shown,detected,disputed")), NOW);
    expect("query" in q).toBe(true);
    if ("query" in q) expect(statsQuery.safeParse(Object.fromEntries(q.query)).success).toBe(true);
  });
});
