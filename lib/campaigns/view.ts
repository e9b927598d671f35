// A campaign as the API returns it and as the audit log records before/after.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AudienceInput, CampaignInput } from "./schemas";

function audienceOf(c: { segmentId: string | null; audience: unknown }): AudienceInput {
  if (c.segmentId) return { kind: "segment", segmentId: c.segmentId };
  if (c.audience) return { kind: "custom", audience: c.audience as Extract<AudienceInput, { kind: "custom" }>["audience"] };
  return { kind: "everyone" };
}

export function campaignView(c: Prisma.CampaignGetPayload<{ include: { trigger: true } }>) {
  return {
    id: c.id,
    name: c.name,
    status: c.status,
    priority: c.priority,
    audience: audienceOf(c),
    rolloutPercent: c.rolloutPercent,
    holdoutPercent: c.holdoutPercent,
    schedule: (c.schedule && Object.keys(c.schedule as object).length ? c.schedule : null) as CampaignInput["schedule"],
    trigger: { id: c.trigger.id, name: c.trigger.name, definition: { ...(c.trigger.config as object), type: c.trigger.type } },
    message: c.message,
    caps: c.caps,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
export type CampaignView = ReturnType<typeof campaignView>;
