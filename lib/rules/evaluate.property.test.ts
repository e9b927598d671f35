// Property tests: the evaluator and renderer must never throw, whatever valid rules and hostile
// inputs arrive, and rendered copy never turns into anything but the text it was given.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compiledRules, CONDITION_OPS, type CompiledRules } from "./contract";
import { renderCopy } from "./copy";
import { evaluate, recordShown, type FailureSignal } from "./evaluate";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 10_000); // #8: at least 10,000 runs each in CI
const str = fc.string({ maxLength: 40 });
const value = fc.oneof(str, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(str, { maxLength: 3 }));
const part = fc.oneof(str, fc.record({ attr: fc.constantFrom("name", "plan", "x"), fallback: str }));
const condition = fc.record({
  attr: fc.constantFrom("name", "plan", "seats", "$path", "$device", "$locale"),
  op: fc.constantFrom(...CONDITION_OPS),
  type: fc.constantFrom("string", "number", "boolean", "date"),
  value: fc.option(fc.oneof(str, fc.integer(), fc.boolean(), fc.array(fc.oneof(str, fc.integer()), { maxLength: 3 })), { nil: undefined }),
});
const audience = fc.record({
  op: fc.constantFrom("and", "or"),
  groups: fc.array(fc.record({ op: fc.constantFrom("and", "or"), conditions: fc.array(condition, { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 2 }),
});
const url = fc.option(fc.record({ kind: fc.constantFrom("glob", "regex"), source: fc.string({ minLength: 1, maxLength: 20 }) }), { nil: undefined });
const trigger = fc.oneof(
  fc.record({ type: fc.constant("http_error"), url, methods: fc.constant([]), statuses: fc.constant(["5xx", "0", "404"]) }),
  fc.record({ type: fc.constant("slow_request"), url, methods: fc.constant(["GET"]), thresholdMs: fc.integer({ min: 50, max: 5000 }) }),
  fc.record({ type: fc.constant("js_error"), sameOriginOnly: fc.boolean(), messageContains: fc.option(str, { nil: undefined }) }),
  fc.record({ type: fc.constant("custom"), name: fc.constantFrom("a", "b"), props: fc.option(audience, { nil: undefined }) }),
  fc.record({ type: fc.constant("rage_click"), clicks: fc.integer({ min: 2, max: 6 }), withinMs: fc.integer({ min: 100, max: 2000 }) }),
);
const campaign = fc.record({
  id: fc.string({ minLength: 1, maxLength: 8 }),
  priority: fc.integer({ min: -5, max: 5 }),
  trigger,
  message: fc.record({
    title: fc.array(part, { maxLength: 4 }),
    body: fc.array(part, { maxLength: 4 }),
    style: fc.constant("toast"),
    position: fc.constant("bottom-right"),
    autoDismissMs: fc.constant(0),
  }),
  caps: fc.record({ perSession: fc.integer({ min: 0, max: 3 }), perDay: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }), dedupeWindowMs: fc.option(fc.integer({ min: 0, max: 60000 }), { nil: undefined }) }),
  audience: fc.option(audience, { nil: undefined }),
  rolloutPercent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  holdoutPercent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  schedule: fc.option(fc.record({ timeZone: fc.constantFrom("UTC", "Europe/Paris", "Nope/Zone"), startHour: fc.integer({ min: 0, max: 23 }), endHour: fc.integer({ min: 1, max: 24 }) }), { nil: undefined }),
});
const rules = fc.record({ settings: fc.record({ minGapMs: fc.integer({ min: 0, max: 60000 }) }), campaigns: fc.array(campaign, { maxLength: 5 }) }).map(
  (r) => ({ schemaVersion: 1, revision: 1, generatedAt: "x", expiresAt: "y", ...r }) as CompiledRules,
);
const signal: fc.Arbitrary<FailureSignal> = fc.oneof(
  fc.record({ type: fc.constant("http_error" as const), url: fc.oneof(fc.webUrl(), str), method: fc.constantFrom("GET", "POST", "get"), status: fc.integer({ min: -1, max: 999 }) }),
  fc.record({ type: fc.constant("slow_request" as const), url: fc.oneof(fc.webUrl(), str), method: fc.constant("GET"), elapsedMs: fc.integer() }),
  fc.record({ type: fc.constant("js_error" as const), message: str, sameOrigin: fc.boolean() }),
  fc.record({ type: fc.constant("custom" as const), name: fc.constantFrom("a", "b", "c"), props: fc.dictionary(fc.constantFrom("amount", "name", "seats"), value) }),
  fc.record({ type: fc.constant("rage_click" as const), clicks: fc.integer(), withinMs: fc.integer() }),
);
const user = fc.dictionary(fc.constantFrom("id", "name", "plan", "seats", "locale", "__proto__", "constructor"), value);

describe("evaluate() under arbitrary input", () => {
  it("never throws on valid rules, and its decision is one of the documented outcomes", () => {
    fc.assert(
      fc.property(rules, signal, user, fc.integer({ min: 0, max: 4e12 }), (r, s, u, now) => {
        fc.pre(compiledRules.safeParse(r).success);
        const caps = { sessionShown: {} };
        const d = evaluate(r, s, { user: u, caps, now, page: { path: "/x", device: "mobile", locale: "fr" } });
        expect(["show", "suppressed", "none"]).toContain(d.outcome);
        if (d.outcome === "show") {
          expect(typeof d.title).toBe("string");
          recordShown(caps, d.campaign.id, s, now);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("renders copy as the literal concatenation of text and (trimmed, capped) values", () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 5 }), user, (parts, u) => {
        const out = renderCopy(parts, u);
        for (const p of parts) if (typeof p === "string") expect(out).toContain(p);
        expect(typeof out).toBe("string");
      }),
      { numRuns: RUNS },
    );
  });
});
