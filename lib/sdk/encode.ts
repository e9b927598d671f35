// JSON for our own payloads that does not depend on the page's built-ins: hosts add toJSON to
// Array.prototype (old Prototype.js), or replace JSON.stringify, and a batch must still reach us as
// the server expects it. Handles what events hold: strings, finite numbers, booleans, null, arrays
// and plain objects (undefined properties are left out, as JSON.stringify does).
const ESC = /["\\\u0000-\u001f\u2028\u2029]/g;

export function encode(v: unknown): string {
  const o = v as Record<string, unknown>;
  return typeof v == "string"
    ? '"' + v.replace(ESC, (c) => "\\u" + ("000" + c.charCodeAt(0).toString(16)).slice(-4)) + '"'
    : typeof v == "number"
      ? isFinite(v) ? "" + v : "null"
      : Array.isArray(v)
        ? "[" + v.map((x) => (x === undefined ? "null" : encode(x))).join(",") + "]"
        : v && typeof v == "object"
          ? "{" + Object.keys(o).filter((k) => o[k] !== undefined).map((k) => encode(k) + ":" + encode(o[k])).join(",") + "}"
          : "" + v; // booleans and null
}
