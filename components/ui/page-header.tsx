// Every admin page opens the same way: its title, one line on what it is for, and (on the right)
// what one can do there.
import type { ReactNode } from "react";

/** The page's one h1. */
export function PageTitle({ children }: { children: ReactNode }) {
  return <h1 className="text-2xl font-semibold">{children}</h1>;
}

export function PageHeader({ title, children, actions }: { title: ReactNode; children?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-end gap-4">
      <div className="min-w-0">
        <PageTitle>{title}</PageTitle>
        {children && <p className="text-sm text-slate-500">{children}</p>}
      </div>
      {actions && <div className="ml-auto flex flex-wrap items-center gap-2">{actions}</div>}
    </div>
  );
}
