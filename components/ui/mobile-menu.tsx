"use client";
// The admin's menu below 768 px: a native disclosure (keyboard and screen readers know it), closed
// again when a link in it navigates (the layout, and so the open menu, survives client navigation).
import { usePathname } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";

export function MobileMenu({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const path = usePathname();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [path]);
  return (
    <details ref={ref} className={className}>
      {children}
    </details>
  );
}
