// Shown on every admin page while this server cannot store the events it receives: a flat canary
// then means "not counted", not "no failures".
import { TriangleAlert } from "lucide-react";
import { formatCount } from "@/lib/format";
import { describeStoreFault, ingestHealth } from "@/lib/events/ingest-health";

export function IngestFaultBanner() {
  const health = ingestHealth();
  if (!health.failingSince || !health.fault) return null;
  return (
    <div role="alert" data-testid="ingest-fault" className="border-b border-rose-200 bg-rose-50 print:hidden">
      <p className="mx-auto flex max-w-7xl items-start gap-2 px-6 py-2 text-sm text-rose-800">
        <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
        <span>
          <strong>Apologies are not being counted:</strong> {describeStoreFault(health.fault)} (since{" "}
          {health.failingSince.toISOString().slice(11, 19)} UTC; {formatCount(health.refused)} events refused, which the SDK
          will send again). Counts and charts are incomplete until it is fixed.
        </span>
      </p>
    </div>
  );
}
