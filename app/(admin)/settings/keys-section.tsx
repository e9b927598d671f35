"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ResultBanner } from "@/components/ui/result-banner";
import type { ActionResult } from "@/lib/actions/result";
import type { SettingsView } from "@/lib/settings/queries";
import { createKeyAction, revokeKeyAction, rotatePublicKeyAction } from "./actions";
import { Input, Select } from "@/components/ui/input";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { CopyButton } from "@/components/ui/copy-button";
import { AllowedOriginsField } from "./allowed-origins-field";

type Env = SettingsView["environments"][number];

export function KeysSection({ env, canManage }: { env: Env; canManage: boolean }) {
  const [result, setResult] = useState<ActionResult | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const [name, setName] = useState("");
  const [role, setRole] = useState("editor");

  return (
    <section className="space-y-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200" aria-labelledby={`keys-${env.name}`}>
      <h2 id={`keys-${env.name}`} className="text-lg font-semibold capitalize">
        {env.name}
      </h2>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span>Public key (for the script tag)</span>
        <code className="rounded bg-slate-100 px-1" data-testid={`settings-public-key-${env.name}`}>
          {env.publicKey}
        </code>
        <CopyButton value={env.publicKey} label="Copy public key" />
        <Link href="/install" className="text-indigo-700 underline underline-offset-2 hover:decoration-2">
          Install snippet and live check
        </Link>
        {canManage && (
          <ConfirmButton
            variant="ghost"
            disabled={pending}
            confirm={{ title: `Rotate the ${env.name} public key?`, description: "Pages using the old key stop apologizing until their script tag has the new one.", action: "Rotate key" }}
            onConfirm={() => start(async () => setResult(await rotatePublicKeyAction(env.name)))}
          >
            Rotate {env.name} public key
          </ConfirmButton>
        )}
      </div>
      <AllowedOriginsField env={env} canManage={canManage} />
      <h3 className="text-sm font-semibold">
        Secret keys (management API,{" "}
        <Link href="/docs/api" className="font-normal text-indigo-700 underline underline-offset-2 hover:decoration-2">
          reference
        </Link>
        )
      </h3>
      <ul className="divide-y divide-slate-100 text-sm">
        {env.keys.map((k) => (
          <li key={k.id} className="flex flex-wrap items-center gap-3 py-1.5">
            <code className="rounded bg-slate-100 px-1">{k.prefix}…</code>
            <span className="font-medium">{k.name}</span>
            <span className="text-slate-500">{k.role}</span>
            <span className="text-slate-500" data-testid="key-maker">made by {k.createdBy}</span>
            <span className="text-slate-500">
              {k.revokedAt ? "revoked" : k.lastUsedAt ? `last used ${new Date(k.lastUsedAt).toLocaleString()}` : "never used"}
            </span>
            {canManage && !k.revokedAt && (
              <ConfirmButton
                variant="ghost"
                className="ml-auto"
                disabled={pending}
                confirm={{ title: `Revoke “${k.name}”?`, description: "Anything using this key stops working at once.", action: "Revoke key" }}
                onConfirm={() => start(async () => setResult(await revokeKeyAction(k.id)))}
              >
                Revoke {k.name}
              </ConfirmButton>
            )}
          </li>
        ))}
        {env.keys.length === 0 && <li className="py-1.5 text-slate-500">No secret keys.</li>}
      </ul>
      {canManage && (
        <form
          className="flex flex-wrap items-end gap-2 text-sm"
          onSubmit={(e) => {
            e.preventDefault();
            start(async () => {
              const r = await createKeyAction({ environment: env.name, name, role });
              setResult(r);
              setShown(r.ok && r.key ? r.key : null);
              if (r.ok) setName("");
            });
          }}
        >
          <label>
            New key name
            <Input value={name} onChange={(e) => setName(e.target.value)} size="inline" className="ml-2" />
          </label>
          <label>
            Role
            <Select value={role} onChange={(e) => setRole(e.target.value)} size="inline" className="ml-2">
              <option>viewer</option>
              <option>editor</option>
              <option>admin</option>
            </Select>
          </label>
          <Button type="submit" variant="secondary" disabled={pending}>
            Create {env.name} key
          </Button>
        </form>
      )}
      <ResultBanner result={result} testId={`keys-result-${env.name}`} />
      {shown && (
        <div className="flex flex-wrap items-center gap-2 rounded-md bg-amber-50 px-3 py-2 text-sm">
          <code className="select-all break-all" data-testid="new-secret-key">
            {shown}
          </code>
          <CopyButton value={shown} label="Copy secret key" />
        </div>
      )}
    </section>
  );
}
