"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ResultBanner } from "@/components/ui/result-banner";
import type { ActionResult } from "@/lib/actions/result";
import Link from "next/link";
import type { RulesDiff } from "@/lib/publishing/diff";
import type { NeverFires } from "@/lib/publishing/never-fires";
import type { RevisionRow } from "@/lib/publishing/publish";
import { compareRevisionsAction, previewPublishAction, previewRollbackAction, publishAction, rollbackAction } from "../campaigns/actions";
import type { EnvName } from "@/lib/environments";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { DiffList, noChanges } from "./diff-list";
import { Table, THead } from "@/components/ui/table";
import { Select } from "@/components/ui/input";

export interface EnvironmentInfo {
  name: EnvName;
  publicKey: string;
  revisions: RevisionRow[];
}


export function EnvironmentCard({ env, canPublish }: { env: EnvironmentInfo; canPublish: boolean }) {
  const [result, setResult] = useState<ActionResult | null>(null);
  const [review, setReview] = useState<{ current: number; diff: RulesDiff; neverFires: NeverFires[] } | null>(null);
  const [pending, start] = useTransition();
  const current = env.revisions[0]?.number ?? 0;

  return (
    <section className="min-w-0 space-y-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200" aria-labelledby={`env-${env.name}`}>
      <div className="flex flex-wrap items-center gap-2">
        <h2 id={`env-${env.name}`} className="text-lg font-semibold capitalize">
          {env.name}
        </h2>
        <span className="text-sm text-slate-500" data-testid={`revision-${env.name}`}>
          revision {current}
        </span>
        {canPublish && !review && (
          <Button
            className="ml-auto"
            variant="secondary"
            disabled={pending}
            onClick={() =>
              start(async () => {
                setResult(null);
                const r = await previewPublishAction(env.name);
                if (r.ok) setReview({ current: r.current, diff: r.diff, neverFires: r.neverFires });
                else setResult({ ok: false, error: r.error });
              })
            }
          >
            Review changes for {env.name}
          </Button>
        )}
      </div>
      <p className="text-xs text-slate-600">
        Public key <code className="break-all rounded bg-slate-100 px-1" data-testid={`public-key-${env.name}`}>{env.publicKey}</code>
      </p>
      {review && (
        <div className="rounded-lg border border-indigo-200 bg-indigo-50 p-3">
          <p className="mb-1 text-sm font-medium">Publishing {env.name} over revision {review.current}:</p>
          <DiffList diff={review.diff} />
          {review.neverFires.length > 0 && (
            <div role="status" data-testid={`never-fires-${env.name}`} className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
              <p className="font-medium">{review.neverFires.length} campaign(s) here can never apologize as they are:</p>
              <ul className="mt-1 list-disc pl-5">
                {review.neverFires.map((w) => (
                  <li key={w.campaignId}>
                    <Link className="underline" href={`/campaigns/${w.campaignId}`}>
                      {w.name}
                    </Link>
                    : {w.reason}.
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className="mt-3 flex gap-2">
            <Button
              disabled={pending || noChanges(review.diff)}
              title={noChanges(review.diff) ? "Nothing to publish: the rules would be the same as the current revision" : undefined}
              onClick={() =>
                start(async () => {
                  setResult(await publishAction(env.name));
                  setReview(null);
                })
              }
            >
              Publish {env.name}
            </Button>
            <Button variant="ghost" onClick={() => setReview(null)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
      <ResultBanner result={result} testId={`publish-result-${env.name}`} />
      <Table>
        <caption className="sr-only">Revision history of {env.name}</caption>
        <THead>
          <tr>
            <th className="py-1">Revision</th>
            <th>Published</th>
            <th>By</th>
            <th>Campaigns</th>
            <th />
          </tr>
        </THead>
        <tbody className="divide-y divide-slate-100">
          {env.revisions.map((r) => (
            <tr key={r.number}>
              <td className="py-1.5 font-medium">#{r.number}</td>
              <td>{new Date(r.createdAt).toLocaleString()}</td>
              <td className="text-slate-600">{r.author ?? "system"}</td>
              <td>{r.campaigns}</td>
              <td className="text-right">
                {canPublish && r.number !== current && (
                  <ConfirmButton
                    variant="ghost"
                    disabled={pending}
                    confirm={{
                      title: `Roll ${env.name} back to revision ${r.number}?`,
                      description: `${env.name} will serve the rules of revision ${r.number} again, as a new revision; users' pages pick it up within seconds.`,
                      action: "Roll back",
                      tone: "primary",
                      details: async () => {
                        const p = await previewRollbackAction(env.name, r.number);
                        if (!p.ok) throw new Error(p.error);
                        return <DiffList diff={p.diff} testId="rollback-diff" nothing={`Revision ${r.number} serves the same rules as now.`} />;
                      },
                    }}
                    onConfirm={() => start(async () => setResult(await rollbackAction(env.name, r.number)))}
                  >
                    Roll back to #{r.number}
                  </ConfirmButton>
                )}
              </td>
            </tr>
          ))}
          {env.revisions.length === 0 && (
            <tr>
              <td colSpan={5} className="py-4 text-center text-slate-500">
                Nothing published yet.
              </td>
            </tr>
          )}
        </tbody>
      </Table>
      {env.revisions.length > 1 && <CompareRevisions env={env.name} numbers={env.revisions.map((r) => r.number)} />}
    </section>
  );
}

/** Any two revisions of this environment, compared field by field (older → newer as chosen). */
function CompareRevisions({ env, numbers }: { env: EnvName; numbers: number[] }) {
  const [from, setFrom] = useState(numbers[1]);
  const [to, setTo] = useState(numbers[0]);
  const [diff, setDiff] = useState<RulesDiff | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const pick = (label: string, value: number, set: (n: number) => void) => (
    <label className="flex items-center gap-1">
      {label}
      <Select size="inline" value={value} onChange={(e) => set(Number(e.target.value))} aria-label={`Compare ${label.toLowerCase()} revision`}>
        {numbers.map((n) => (
          <option key={n} value={n}>
            #{n}
          </option>
        ))}
      </Select>
    </label>
  );
  return (
    <div className="space-y-2 border-t border-slate-100 pt-3 text-sm" aria-label={`Compare ${env} revisions`} role="group">
      <div className="flex flex-wrap items-center gap-3">
        <span className="font-medium">Compare</span>
        {pick("From", from, setFrom)}
        {pick("To", to, setTo)}
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() =>
            start(async () => {
              const r = await compareRevisionsAction(env, from, to);
              setError(r.ok ? null : r.error);
              setDiff(r.ok ? r.diff : null);
            })
          }
        >
          Compare
        </Button>
      </div>
      {error && <p className="text-rose-700">{error}</p>}
      {diff && <DiffList diff={diff} testId="compare-diff" nothing={`Revisions ${from} and ${to} serve the same rules.`} />}
    </div>
  );
}
