"use server";

import { z } from "zod";
import { adminAction } from "@/lib/actions/admin-action";
import { environmentName } from "@/lib/environments";
import { createSecretKey, revokeSecretKey, rotatePublicKey, saveAllowedOrigins, saveAttributeDefaults, saveWorkspaceCaps } from "@/lib/settings/mutations";
import { allowedOriginsInput } from "@/lib/settings/allowed-origins";
import { attributeDefaultsInput, createKeyInput, workspaceCapsInput } from "@/lib/settings/schemas";

const revalidate = ["/settings"];

export const createKeyAction = adminAction(
  "keys:manage",
  [createKeyInput],
  async (m, input) => {
    const k = await createSecretKey(m, input);
    return { message: `Key “${input.name}” created. Copy it now: it will not be shown again.`, key: k.key };
  },
  { revalidate },
);

export const revokeKeyAction = adminAction(
  "keys:manage",
  [z.string().min(1).max(64)],
  async (m, id) => {
    await revokeSecretKey(m, id);
    return { message: "Key revoked: it no longer works." };
  },
  { revalidate },
);

export const rotatePublicKeyAction = adminAction(
  "keys:manage",
  [environmentName],
  async (m, env) => {
    const key = await rotatePublicKey(m, env);
    return { message: `New ${env} public key ${key}. Update your script tags.` };
  },
  { revalidate },
);

export const saveDefaultsAction = adminAction(
  "settings:edit",
  [attributeDefaultsInput, z.string().max(40).optional()],
  async (m, rows, version) => {
    const now = await saveAttributeDefaults(m, rows, version);
    return { message: "Attribute defaults saved. Publish to apply them to live copy.", version: now };
  },
  { revalidate },
);

export const saveCapsAction = adminAction(
  "settings:edit",
  [workspaceCapsInput, z.string().max(40).optional()],
  async (m, input, version) => {
    const now = await saveWorkspaceCaps(m, input, version);
    return { message: "Workspace caps saved. Publish to apply them.", version: now };
  },
  { revalidate },
);

export const saveAllowedOriginsAction = adminAction(
  "settings:edit",
  [environmentName, allowedOriginsInput],
  async (m, env, origins) => {
    const list = await saveAllowedOrigins(m, env, origins);
    return { message: list.length ? `Only ${list.join(", ")} may send ${env} events now.` : `Any site may send ${env} events now.` };
  },
  { revalidate },
);
