// The dashboard's word on forged-looking traffic (lib/events/unusual-traffic.ts): a minute in the
// last day when a few addresses sent most of an environment's events. Counts from then may not be
// apologies at all, and a VP reading the canary must know.
import { ShieldAlert } from "lucide-react";
import { formatCount } from "@/lib/format";
import { recentUnusualTraffic } from "@/lib/events/unusual-traffic";

export async function UnusualTrafficNotice({ workspaceId }: { workspaceId: string }) {
  const envs = await recentUnusualTraffic(workspaceId);
  if (!envs.length) return null;
  return (
    <div role="status" data-testid="unusual-traffic" className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      {envs.map((e) => {
        const u = e.traffic;
        return (
          <p key={e.name} className="flex items-start gap-2">
            <ShieldAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
            <span>
              <strong>Unusual traffic in {e.name}</strong> at {u.minute.slice(11, 16)} UTC: {u.addresses} address(es) sent{" "}
              {Math.round(u.share * 100)}% of {formatCount(u.events)} events within two minutes. Anyone can send events with a public key: unless
              your site is used that much from so few places (an office behind one address), apologies counted then may be forged.
            </span>
          </p>
        );
      })}
    </div>
  );
}
