import { expect, test } from "@playwright/test";
import { login } from "./fixtures";

test("a new campaign starts from an apology template for its failure type, in a tone and language, read as the sample user would", async ({ page }) => {
  await login(page, "editor");
  await page.goto("/campaigns/new");
  await page.getByLabel("Fires when").selectOption("unresponsive");
  const templates = page.getByRole("region", { name: "Apology templates" });
  await expect(templates.getByRole("heading")).toHaveText("Templates for “Unresponsive input”");
  const cards = templates.getByTestId("apology-template");
  await expect(cards).toHaveCount(4);
  await expect(cards.nth(0)).toContainText("plain");
  await expect(cards.nth(0)).toContainText("Jackie, nothing happened when you tried that.");
  await expect(cards.nth(2)).toContainText("Oops, Jackie! Nothing happened when you tried that.");

  // another failure type, another language, another sample user: the cards follow all three
  await page.getByLabel("Fires when").selectOption("media_stall");
  await templates.getByLabel("Language").selectOption("fr");
  await page.getByLabel("Sample user").selectOption("No name");
  await expect(cards.nth(1)).toContainText("Toutes nos excuses, cher client : la vidéo est bloquée.");
  await expect(cards.nth(0)).toContainText("Bonjour, la vidéo est bloquée.");

  await templates.getByRole("button", { name: "Use the warm template" }).click();
  await expect(page.getByLabel("Title")).toHaveValue("Toutes nos excuses, <<name|cher client>>\u202f: la vidéo est bloquée.");
  await expect(page.getByLabel("Body")).toHaveValue("Ce n’est pas de votre faute, et nous y travaillons déjà.");
  await expect(page.getByTestId("message-preview").getByRole("status")).toContainText("Toutes nos excuses, cher client");
  await page.getByLabel("Sample user").selectOption("Jackie");
  await expect(page.getByTestId("message-preview").getByRole("status")).toContainText("Toutes nos excuses, Jackie");

  // the template is the campaign's copy from now on: editable, and saved as it reads
  await page.getByLabel("Name", { exact: true }).fill("Vidéo bloquée");
  await page.getByLabel("Trigger name").fill("Video stalls (fr)");
  await page.getByLabel("Title").press("End");
  await page.getByLabel("Title").pressSequentially(" Désolés.");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/campaigns\/[a-z0-9]+\?created=1$/);
  await expect(page.getByLabel("Title")).toHaveValue("Toutes nos excuses, <<name|cher client>>\u202f: la vidéo est bloquée. Désolés.");
});
