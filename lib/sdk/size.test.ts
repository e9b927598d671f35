import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { gzSize } from "@/scripts/bench/sdk-size";

// The budget in DESIGN.md is 5,120 B min+gzip and v1.js does not meet it yet (issue #5 says why).
// Until the budget is decided this ceiling stops the SDK from growing: lower it with every cut.
const CEILING = 7_200;

describe("sdk v1.js size", () => {
  it(`stays within ${CEILING} B min+gzip`, async () => {
    const size = await gzSize("lib/sdk/index.ts", mkdtempSync(path.join(tmpdir(), "mc-sdk-")));
    expect(size).toBeLessThanOrEqual(CEILING);
  }, 30_000);
});
