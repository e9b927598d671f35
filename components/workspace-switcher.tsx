"use client";
// The header's workspace switcher: the workspaces this person belongs to (with their role in
// each), and, for owners, a way to start another. Switching lands on the dashboard: the page
// open may belong to the workspace being left.
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { switchWorkspaceAction } from "@/app/(admin)/workspaces/actions";

const NEW = "__new__";

export function WorkspaceSwitcher({ current, workspaces, canCreate }: { current: string; workspaces: { id: string; name: string; role: string }[]; canCreate: boolean }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <select
      aria-label="Workspace"
      // the workspace the server rendered this page for (tests wait on it after a switch)
      data-current={current}
      value={current}
      disabled={pending}
      className="max-w-[40vw] truncate rounded-md border border-slate-200 bg-white px-1.5 py-0.5 text-sm text-slate-600"
      onChange={(e) => {
        const id = e.target.value;
        if (id === NEW) return router.push("/workspaces/new");
        start(async () => {
          const r = await switchWorkspaceAction(id);
          if (r.ok) {
            router.push("/dashboard");
            router.refresh();
          }
        });
      }}
    >
      {workspaces.map((w) => (
        <option key={w.id} value={w.id}>
          {w.name}
          {workspaces.length > 1 ? ` (${w.role})` : ""}
        </option>
      ))}
      {canCreate && <option value={NEW}>+ New workspace…</option>}
    </select>
  );
}
