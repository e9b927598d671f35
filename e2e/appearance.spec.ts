// The admin at a phone's width and in the system's dark theme (issue #16): every page fits 390 px
// without scrolling sideways, the sections are one menu away, and dark mode is dark and readable.
import { expect, test, type Page } from "@playwright/test";
import { login } from "./fixtures";

const PAGES = ["/dashboard", "/trends", "/reports/weekly", "/alerts", "/campaigns", "/campaigns/new", "/campaigns/simulate", "/triggers", "/segments", "/publishing", "/install", "/docs/api", "/docs/rules", "/audit", "/members", "/settings"];
const shots = process.env.UPDATE_SCREENSHOTS ? "docs/screenshots" : "test-results/screenshots";

/** Relative luminance (WCAG 2.x) of a computed CSS colour (rgb(), rgba() or oklch() as Chromium reports it). */
async function luminance(page: Page, selector: string, prop: "color" | "backgroundColor"): Promise<number> {
  return page.locator(selector).first().evaluate((el, p) => {
    // let the browser convert whatever colour space to sRGB on a canvas
    const c = document.createElement("canvas").getContext("2d")!;
    c.fillStyle = getComputedStyle(el)[p as "color"];
    c.fillRect(0, 0, 1, 1);
    const [r, g, b] = Array.from(c.getImageData(0, 0, 1, 1).data.slice(0, 3), (v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }, prop);
}

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("no admin page scrolls sideways, and every section is in the menu", async ({ page }) => {
    test.setTimeout(120_000);
    await login(page, "owner");
    const wide: string[] = [];
    for (const path of PAGES) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) {
        // name the widest offenders, so a failure says what to fix
        const culprits = await page.evaluate(() =>
          [...document.querySelectorAll("body *")]
            .filter((e) => e.getBoundingClientRect().right > 391)
            .slice(-3)
            .map((e) => `${e.tagName.toLowerCase()}.${String((e as HTMLElement).className).slice(0, 40)} "${(e.textContent ?? "").slice(0, 30)}"`),
        );
        wide.push(`${path}: ${width} px (${culprits.join("; ")})`);
      }
    }
    expect(wide).toEqual([]);
    // and the tab shows our icon, not a 404
    const icon = await page.request.get("/favicon.ico");
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toContain("image/");
    await page.goto("/campaigns");
    await expect(page.getByRole("link", { name: "Settings" })).toBeHidden();
    await page.getByText("Menu").click();
    await page.screenshot({ path: `${shots}/mobile-menu.png` });
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    await expect(page).toHaveURL(/\/settings$/);
    // the menu closes once it has taken you there
    await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Campaigns" })).toBeHidden();
  });
});

test.describe("in the system's dark theme", () => {
  test.use({ colorScheme: "dark" });
  test("every admin page is dark with light text", async ({ page }) => {
    test.setTimeout(120_000);
    await login(page, "owner");
    for (const path of PAGES) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      // the page's canvas and its cards are dark; headings and body text are light
      expect(await luminance(page, "body", "color"), `${path} text`).toBeGreaterThan(0.5);
      expect(await luminance(page, "h1", "color"), `${path} heading`).toBeGreaterThan(0.5);
      if (await page.locator("main .bg-white").count()) expect(await luminance(page, "main .bg-white", "backgroundColor"), `${path} card`).toBeLessThan(0.05);
    }
    await page.goto("/campaigns");
    await page.screenshot({ path: `${shots}/dark-campaigns.png`, fullPage: true });
  });
});
