import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { gzSize } from "@/scripts/bench/sdk-size";

// The budget decided in issue #14: 8,000 B min+gzip with every sensor (DESIGN.md's table), and
// smaller than GrowthBook, Unleash's proxy client and Flagsmith measured in the same bench run.
const CEILING = 8_000;

describe("sdk v1.js size", () => {
  it(`stays within ${CEILING} B min+gzip`, async () => {
    const size = await gzSize("lib/sdk/index.ts", mkdtempSync(path.join(tmpdir(), "mc-sdk-")));
    expect(size).toBeLessThanOrEqual(CEILING);
  }, 30_000);
});
