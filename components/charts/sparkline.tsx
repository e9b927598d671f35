// A 7-point trend small enough for a table row; a full chart library per row would cost more
// than it shows.
export function Sparkline({ values, label }: { values: number[]; label: string }) {
  const w = 84;
  const h = 20;
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? w / (values.length - 1) : w;
  const points = values.map((v, i) => `${(i * step).toFixed(1)},${(h - 2 - (v / max) * (h - 4)).toFixed(1)}`).join(" ");
  const total = values.reduce((a, b) => a + b, 0);
  return (
    <span className="inline-flex items-center gap-2">
      <svg width={w} height={h} viewBox={`0 0 ${w} ${h}`} role="img" aria-label={`${label}: ${values.join(", ")}`}>
        <polyline points={points} fill="none" stroke="#6366f1" strokeWidth="1.5" strokeLinejoin="round" />
      </svg>
      <span className="tabular-nums text-xs text-slate-600">{total}</span>
    </span>
  );
}
