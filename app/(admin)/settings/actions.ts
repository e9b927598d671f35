"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionError, type ActionResult } from "@/lib/actions/result";
import { requirePermission } from "@/lib/auth/session";
import { createSecretKey, revokeSecretKey, rotatePublicKey, saveAttributeDefaults, saveWorkspaceCaps } from "@/lib/settings/mutations";
import { attributeDefaultsInput, createKeyInput, workspaceCapsInput } from "@/lib/settings/schemas";

export async function createKeyAction(raw: unknown): Promise<ActionResult & { key?: string }> {
  try {
    const m = await requirePermission("keys:manage");
    const input = createKeyInput.parse(raw);
    const k = await createSecretKey(m, input);
    revalidatePath("/settings");
    return { ok: true, message: `Key “${input.name}” created. Copy it now: it will not be shown again.`, key: k.key };
  } catch (e) {
    return actionError(e);
  }
}

export async function revokeKeyAction(id: string): Promise<ActionResult> {
  try {
    const m = await requirePermission("keys:manage");
    await revokeSecretKey(m, z.string().min(1).max(64).parse(id));
    revalidatePath("/settings");
    return { ok: true, message: "Key revoked: it no longer works." };
  } catch (e) {
    return actionError(e);
  }
}

export async function rotatePublicKeyAction(env: string): Promise<ActionResult> {
  try {
    const m = await requirePermission("keys:manage");
    const key = await rotatePublicKey(m, z.enum(["staging", "production"]).parse(env));
    revalidatePath("/settings");
    return { ok: true, message: `New ${env} public key ${key}. Update your script tags.` };
  } catch (e) {
    return actionError(e);
  }
}

export async function saveDefaultsAction(raw: unknown): Promise<ActionResult> {
  try {
    const m = await requirePermission("settings:edit");
    await saveAttributeDefaults(m, attributeDefaultsInput.parse(raw));
    revalidatePath("/settings");
    return { ok: true, message: "Attribute defaults saved. Publish to apply them to live copy." };
  } catch (e) {
    return actionError(e);
  }
}

export async function saveCapsAction(raw: unknown): Promise<ActionResult> {
  try {
    const m = await requirePermission("settings:edit");
    await saveWorkspaceCaps(m, workspaceCapsInput.parse(raw));
    revalidatePath("/settings");
    return { ok: true, message: "Workspace caps saved. Publish to apply them." };
  } catch (e) {
    return actionError(e);
  }
}
