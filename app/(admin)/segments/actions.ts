"use server";

import { z } from "zod";
import { adminAction } from "@/lib/actions/admin-action";
import { createSegment, deleteSegment, updateSegment } from "@/lib/segments/mutations";
import { segmentInput } from "@/lib/segments/schemas";
import { estimateAudience } from "@/lib/segments/estimate";
import { audience } from "@/lib/rules/primitives";

const id = z.string().min(1).max(64);

export const saveSegmentAction = adminAction(
  "campaigns:edit",
  [id.nullable(), segmentInput, z.string().max(40).optional()],
  async (m, segmentId, input, version) => {
    const s = segmentId ? await updateSegment(m, segmentId, input, version) : await createSegment(m, input);
    return { message: `Saved segment “${s.name}”.`, version: s.updatedAt };
  },
  { revalidate: ["/segments"] },
);

export const deleteSegmentAction = adminAction(
  "campaigns:edit",
  [id],
  async (m, segmentId) => {
    await deleteSegment(m, segmentId);
    return { message: "Segment deleted." };
  },
  { revalidate: ["/segments"] },
);

/** How many of the users the SDK saw recently the conditions match (as they are typed, unsaved). */
export const estimateSegmentAction = adminAction("campaigns:view", [audience], async (m, conditions) => ({ estimate: await estimateAudience(m.workspaceId, conditions) }));
