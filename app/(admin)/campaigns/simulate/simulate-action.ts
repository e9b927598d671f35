"use server";

import { adminAction } from "@/lib/actions/admin-action";
import { simulate, simulateInput } from "@/lib/campaigns/simulate";

export const simulateAction = adminAction("campaigns:view", [simulateInput], async (m, input) => simulate(m.workspaceId, input));

export type SimulateResult = Awaited<ReturnType<typeof simulateAction>>;
