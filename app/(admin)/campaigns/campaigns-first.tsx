"use client";
// Under the priority field: active campaigns that answer the same failure and come first, so a
// new apology that would never show is noticed while editing, not after publishing.
import Link from "next/link";
import { campaignsFirst, type RivalCampaign } from "@/lib/campaigns/overlaps";
import { toDefinition, type CampaignFormValues } from "./campaign-form-model";

export function CampaignsFirst({ id, values, active }: { id: string | null; values: CampaignFormValues; active: RivalCampaign[] }) {
  let definition: Record<string, unknown> | undefined;
  try {
    definition = values.triggerMode === "existing" ? undefined : (toDefinition(values) as Record<string, unknown>);
  } catch {
    definition = undefined; // half-typed settings: nothing to compare yet
  }
  const first = campaignsFirst({ id, priority: Number(values.priority) || 0, triggerId: values.triggerMode === "existing" ? values.triggerId : undefined, definition }, active);
  if (!first.length) return null;
  return (
    <p className="text-xs font-normal text-amber-800 sm:col-span-2" data-testid="campaigns-first" role="note">
      Answered first by{" "}
      {first.map((c, i) => (
        <span key={c.id}>
          {i > 0 && ", "}
          <Link href={`/campaigns/${c.id}`} className="underline">
            {c.name}
          </Link>{" "}
          (priority {c.priority})
        </span>
      ))}
      : this campaign is shown only when {first.length > 1 ? "they do" : "it does"} not apply (capped, out of schedule, another audience). Give it a priority above{" "}
      {first[0].priority} to come first.
    </p>
  );
}
