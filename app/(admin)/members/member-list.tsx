"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ResultBanner } from "@/components/ui/result-banner";
import type { ActionResult } from "@/lib/actions/result";
import { ROLES, type Role } from "@/lib/auth/permissions";
import type { MemberRow } from "@/lib/members/queries";
import { changeRoleAction, removeMemberAction } from "./actions";
import { Select } from "@/components/ui/input";

export function MemberList({ members, me, myRole }: { members: MemberRow[]; me: string; myRole: Role }) {
  const [result, setResult] = useState<ActionResult | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const editable = (m: MemberRow) => m.userId !== me && (m.role !== "owner" || myRole === "owner");

  return (
    <div className="space-y-3">
      <ResultBanner result={result} testId="member-result" />
      <ul className="divide-y divide-slate-100 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        {members.map((m) => (
          <li key={m.userId} className="flex flex-wrap items-center gap-3 px-4 py-3 text-sm">
            <div className="min-w-48 flex-1">
              <div className="font-medium">{m.name}</div>
              <div className="text-slate-500">{m.email}</div>
            </div>
            {editable(m) ? (
              <label className="text-slate-600">
                <span className="sr-only">Role of {m.email}</span>
                <Select
                  value={m.role}
                  disabled={pending}
                  onChange={(e) =>
                    start(async () => setResult(await changeRoleAction({ userId: m.userId, role: e.target.value })))
                  }
                  size="inline"
                >
                  {ROLES.filter((r) => r !== "owner" || myRole === "owner").map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </Select>
              </label>
            ) : (
              <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs">{m.role}{m.userId === me ? " (you)" : ""}</span>
            )}
            {editable(m) &&
              (confirming === m.userId ? (
                <Button
                  variant="danger"
                  disabled={pending}
                  onClick={() =>
                    start(async () => {
                      setResult(await removeMemberAction({ userId: m.userId }));
                      setConfirming(null);
                    })
                  }
                >
                  Confirm removing {m.email}
                </Button>
              ) : (
                <Button variant="ghost" onClick={() => setConfirming(m.userId)}>
                  Remove
                </Button>
              ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
