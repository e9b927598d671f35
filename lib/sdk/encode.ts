// JSON for our own payloads that does not depend on the page's built-ins: hosts add toJSON to
// Array.prototype (old Prototype.js), or replace JSON.stringify, and a batch must still reach us as
// the server expects it. Handles what events hold: strings, finite numbers, booleans, null, arrays
// and plain objects (undefined properties are left out, as JSON.stringify does).
const ESC = /["\\\u0000-\u001f\u2028\u2029]/g;

export function encode(v: unknown): string {
  if (typeof v == "string") return '"' + v.replace(ESC, (c) => "\\u" + ("000" + c.charCodeAt(0).toString(16)).slice(-4)) + '"';
  if (typeof v == "number") return isFinite(v) ? "" + v : "null";
  if (typeof v == "boolean" || v === null) return "" + v;
  if (Array.isArray(v)) return "[" + v.map((x) => (x === undefined ? "null" : encode(x))).join(",") + "]";
  const out: string[] = [];
  for (const k in v as object) {
    const x = (v as Record<string, unknown>)[k];
    if (Object.prototype.hasOwnProperty.call(v, k) && x !== undefined) out.push(encode(k) + ":" + encode(x));
  }
  return "{" + out.join(",") + "}";
}
