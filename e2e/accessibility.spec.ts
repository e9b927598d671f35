// Every admin page, light and dark, at a laptop's width and a phone's, scanned with axe-core
// (@axe-core/playwright) against WCAG 2.1 A and AA (#27): no serious or critical violation.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { login } from "./fixtures";

const PAGES = ["/dashboard", "/trends", "/reports/weekly", "/alerts", "/campaigns", "/campaigns/new", "/campaigns/simulate", "/triggers", "/segments", "/publishing", "/install", "/docs/api", "/docs/rules", "/audit", "/members", "/settings", "/workspaces/new"];

/** The serious and critical violations on the page as it is now: "rule: target (summary)" per node. */
async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.slice(0, 5).map((n) => `${v.id}: ${n.target.join(" ")} (${(n.failureSummary ?? "").split("\n").slice(1, 2).join("").trim().slice(0, 140)})`));
}

for (const colorScheme of ["light", "dark"] as const)
  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ])
    test.describe(`${colorScheme}, ${viewport.width} px`, () => {
      test.use({ colorScheme, viewport });
      test("no admin page has a serious or critical accessibility violation", async ({ page }) => {
        test.setTimeout(240_000);
        const found: string[] = [];
        // signed out first: the sign-in page, and the demo store a new user opens first
        for (const path of ["/login", "/demo"]) {
          await page.goto(path);
          await page.waitForLoadState("networkidle");
          for (const v of await violations(page)) found.push(`${path} ${v}`);
        }
        await login(page, "owner");
        // an existing campaign's editor too
        await page.goto("/campaigns");
        const editor = await page.getByRole("link", { name: "Search is failing" }).first().getAttribute("href");
        for (const path of [...PAGES, editor!]) {
          await page.goto(path);
          await page.waitForLoadState("networkidle");
          for (const v of await violations(page)) found.push(`${path} ${v}`);
        }
        expect(found).toEqual([]);
      });
    });
