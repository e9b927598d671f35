import { expect, type APIRequestContext, type Frame, type Page } from "@playwright/test";
import { USERS, type UserName } from "./users";

/** Signs in through next-auth's credentials endpoint; the page's context gets the session cookie. */
export async function login(page: Page | { request: APIRequestContext }, who: UserName): Promise<void> {
  const { email, password } = USERS[who];
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = await csrf.json();
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
  });
  expect(res.ok(), `sign-in as ${who} answered ${res.status()}: ${await res.text()}`).toBe(true);
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session?.user?.email).toBe(email);
}

/** Confirms in the app's confirmation dialog (components/ui/confirm-button.tsx) with its action button. */
export async function confirmDialog(page: Page, action: string): Promise<void> {
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: action, exact: true }).click();
  await expect(dialog).toHaveCount(0);
}

/**
 * Waits until the SDK runs in `page` (or a frame) and the sensor files named (lib/sdk/sensor-files.ts:
 * "interaction", "media") have started: they load after the rules, so clicking sooner tests nothing.
 */
export async function sdkReady(page: Page | Frame, sensors: string[] = []): Promise<void> {
  await page.waitForFunction(
    (names) => {
      const mc = (window as unknown as { MeaCulpa?: { __v?: number; __s?: string[] } }).MeaCulpa;
      return mc?.__v === 1 && names.every((n) => mc.__s?.some((f) => f.startsWith(n + ".")));
    },
    sensors,
  );
}

/** Creates a workspace through the header switcher, as an owner does, and waits on its dashboard. */
export async function createWorkspace(page: Page, name: string): Promise<void> {
  await page.getByRole("combobox", { name: "Workspace" }).selectOption("__new__");
  await page.getByLabel("Workspace name").fill(name);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}
