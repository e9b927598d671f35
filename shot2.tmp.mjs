import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const p = await b.newPage();
await p.goto("http://127.0.0.1:3000/login");
await p.getByLabel("Email").fill("admin@example.com");
await p.getByLabel("Password").fill(process.argv[2]);
await p.getByRole("button", { name: /sign in/i }).click();
await p.waitForURL(/dashboard/);
for (const u of process.argv.slice(3)) {
  const r = await p.request.get("http://127.0.0.1:3000" + u);
  console.log("==", u, r.status(), (await r.text()).slice(0, 1800));
}
await b.close();
