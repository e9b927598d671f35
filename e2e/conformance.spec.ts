import { build } from "esbuild";
import { expect, test } from "@playwright/test";

test("the conformance cases pass in Chromium with the evaluator as the SDK bundles it", async ({ page }) => {
  const out = await build({
    entryPoints: ["e2e/conformance-entry.ts"],
    bundle: true,
    format: "iife",
    target: ["es2020"],
    write: false,
    minify: true,
  });
  await page.goto("/api/health"); // any page of ours; the test runs in its window
  await page.addScriptTag({ content: out.outputFiles[0].text });
  const result = await page.evaluate(() => (window as unknown as { runConformance: () => { total: number; failures: string[] } }).runConformance());
  expect(result.total).toBeGreaterThanOrEqual(60);
  expect(result.failures).toEqual([]);
});
