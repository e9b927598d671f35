// Numbers as people read them on charts and reports (1,234 and 12.5), the same on server and client.
const fmt = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

export function formatCount(n: number): string {
  return fmt.format(n);
}
