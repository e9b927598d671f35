import { chromium } from "playwright";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const ctx = await b.newContext({ viewport: { width: 390, height: 844 } });
const p = await ctx.newPage();
await p.goto("http://127.0.0.1:3000/login");
await p.getByLabel("Email").fill("admin@example.com");
await p.getByLabel("Password").fill(process.argv[2]);
await p.getByRole("button", { name: /Sign in/ }).click();
await p.waitForURL(/dashboard/);
for (const path of ["/trends", "/campaigns"]) {
  await p.goto("http://127.0.0.1:3000" + path); await p.waitForLoadState("networkidle");
  console.log(path, await p.evaluate(() => [...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > 392 && getComputedStyle(e).position !== "fixed").slice(0, 8).map(e => e.tagName + "." + (e.className?.baseVal ?? e.className).toString().slice(0, 80) + " r=" + Math.round(e.getBoundingClientRect().right))));
}
await b.close();
