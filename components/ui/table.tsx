// Tables with the app's one look: full width, small text, a quiet upper-case header ("banded" for
// the list pages). Extra classes are added; everything else passes through to the elements.
import type { HTMLAttributes, TableHTMLAttributes } from "react";

export function Table({ className = "", ...props }: TableHTMLAttributes<HTMLTableElement>) {
  // a table wider than a phone scrolls inside its own box, never the page
  return (
    // focusable, so a keyboard can scroll it (axe: scrollable-region-focusable)
    <div className="scroll-hint max-w-full overflow-x-auto" tabIndex={0}>
      {/* words stay whole in cells (main breaks anywhere, for long keys and URLs): a narrow screen
          scrolls the table in its box instead of stacking numbers one letter per line */}
      {/* a gap between columns and one-line headers: "REVISIONPUBLISHED", "THIS LAST WEEKWEEK" ran together (#27) */}
      <table {...props} className={`w-full text-sm [overflow-wrap:normal] [&_th]:whitespace-nowrap [&_td:not(:last-child)]:pr-4 [&_th:not(:last-child)]:pr-4 ${className}`.trim()} />
    </div>
  );
}

export function THead({ banded = false, className = "", ...props }: HTMLAttributes<HTMLTableSectionElement> & { banded?: boolean }) {
  return (
    <thead
      {...props}
      className={`text-left text-xs uppercase tracking-wide text-slate-500 ${banded ? "bg-slate-50" : ""} ${className}`.trim()}
    />
  );
}
