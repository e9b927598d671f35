"use server";

import { adminAction } from "@/lib/actions/admin-action";
import { installStatus } from "@/lib/settings/install";

/** The live check's poll: what has arrived from the workspace's sites so far. */
export const installCheckAction = adminAction("campaigns:view", [], async (m) => ({ environments: await installStatus(m.workspaceId) }));
