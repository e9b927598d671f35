import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { typicalRules } from "@/scripts/bench/typical-rules";
import { compiledRules } from "./contract";
import { buildSnapshot } from "./snapshot";

describe("compiled rules size", () => {
  it("keeps 20 typical campaigns within 2 KB gzip, and valid against the contract", () => {
    const snap = buildSnapshot("env", 1, typicalRules(20));
    expect(compiledRules.safeParse(JSON.parse(snap.body.toString())).success).toBe(true);
    expect(gzipSync(snap.body, { level: 9 }).length).toBeLessThanOrEqual(2048);
  });

  it("is byte-for-byte deterministic for the same input", () => {
    expect(buildSnapshot("env", 3, typicalRules(20), 0).etag).toBe(buildSnapshot("env", 3, typicalRules(20), 0).etag);
  });
});
