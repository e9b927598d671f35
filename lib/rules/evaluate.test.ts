import { describe, expect, it } from "vitest";
import { compileRules } from "./compile";
import type { CompiledRules } from "./contract";
import { compiledRules } from "./contract";
import { evaluate, recordShown, slowThreshold, type Considered } from "./evaluate";

function rules(): CompiledRules {
  const body = compileRules({
    settings: { minGapMs: 0 },
    attributeDefaults: { name: "there" },
    campaigns: [
      {
        id: "search",
        priority: 100,
        trigger: { type: "http_error", url: { kind: "glob", source: "/api/search*" }, methods: [], statuses: ["5xx", "0"] },
        message: { title: "<<name>>, something's wrong.", body: "Sorry about that.", style: "toast", position: "bottom-right", autoDismissMs: 8000 },
        caps: { perSession: 1 },
      },
      {
        id: "any-api",
        priority: 1,
        trigger: { type: "http_error", url: { kind: "glob", source: "/api/*" }, methods: ["GET"], statuses: ["500"] },
        message: { title: "Sorry <<name|friend>>", body: "Something broke.", style: "toast", position: "bottom-right", autoDismissMs: 8000 },
        caps: { perSession: 0 },
      },
      {
        id: "slow-checkout",
        priority: 50,
        trigger: { type: "slow_request", url: { kind: "glob", source: "/api/checkout" }, methods: ["POST"], thresholdMs: 2000 },
        message: { title: "Still working", body: "Hang on.", style: "toast", position: "bottom-right", autoDismissMs: 0 },
        caps: { perSession: 0 },
      },
    ],
  });
  return compiledRules.parse({ ...body, revision: 1, generatedAt: "x", expiresAt: "y" });
}

const fresh = () => ({ sessionShown: {} as Record<string, number> });
const now = 1_700_000_000_000;

describe("evaluate", () => {
  it("picks the highest-priority matching campaign and renders the user's name", () => {
    const considered: Considered[] = [];
    const d = evaluate(rules(), { type: "http_error", url: "https://shop.test/api/search?q=x", method: "GET", status: 500 }, { user: { name: "Jackie" }, caps: fresh(), now: now }, considered);
    expect(d.outcome).toBe("show");
    if (d.outcome !== "show") return;
    expect(d.campaign.id).toBe("search");
    expect(d.title).toBe("Jackie, something's wrong.");
    expect(considered).toEqual([
      { campaignId: "search", result: "shown" },
      { campaignId: "any-api", result: "lower_priority" },
    ]);
  });

  it("matches status classes and network failures (status 0)", () => {
    const d = evaluate(rules(), { type: "http_error", url: "/api/search", method: "POST", status: 0 }, { user: {}, caps: fresh(), now: now });
    expect(d.outcome === "show" && d.campaign.id).toBe("search");
    const miss = evaluate(rules(), { type: "http_error", url: "/api/search", method: "GET", status: 404 }, { user: {}, caps: fresh(), now: now });
    expect(miss.outcome).toBe("none");
  });

  it("falls through to the next campaign when the winner is capped", () => {
    const caps = { sessionShown: { search: 1 } };
    const d = evaluate(rules(), { type: "http_error", url: "/api/search", method: "GET", status: 500 }, { user: { name: "" }, caps: caps, now: now });
    expect(d.outcome === "show" && d.campaign.id).toBe("any-api");
    expect(d.outcome === "show" && d.title).toBe("Sorry friend");
  });

  it("reports a cap suppression when nothing else matches", () => {
    const caps = { sessionShown: { search: 1 } };
    const d = evaluate(rules(), { type: "http_error", url: "/api/search", method: "POST", status: 503 }, { user: {}, caps: caps, now: now });
    expect(d).toMatchObject({ outcome: "suppressed", reason: "cap" });
  });

  it("applies the workspace minimum gap between apologies", () => {
    const r = { ...rules(), settings: { minGapMs: 10_000 } };
    const d = evaluate(r, { type: "http_error", url: "/api/x", method: "GET", status: 500 }, { user: {}, caps: { sessionShown: {}, lastShownAt: now - 5000 }, now: now });
    expect(d).toMatchObject({ outcome: "suppressed", reason: "cap" });
  });

  it("reports the slow-request threshold that applies to a request", () => {
    expect(slowThreshold(rules(), "https://a.test/api/checkout", "POST")).toBe(2000);
    expect(slowThreshold(rules(), "https://a.test/api/checkout", "GET")).toBeUndefined();
    const d = evaluate(rules(), { type: "slow_request", url: "https://a.test/api/checkout", method: "POST", elapsedMs: 2000 }, { user: {}, caps: fresh(), now: now });
    expect(d.outcome === "show" && d.campaign.id).toBe("slow-checkout");
  });
});

describe("compileRules", () => {
  it("is deterministic and orders campaigns by priority", () => {
    const a = JSON.stringify(rules());
    const b = JSON.stringify(rules());
    expect(a).toBe(b);
    expect(rules().campaigns.map((c) => c.id)).toEqual(["search", "slow-checkout", "any-api"]);
  });

  it("offers \"Nothing's wrong?\" unless the campaign switched it off", () => {
    const compiled = rules();
    expect(compiled.campaigns.every((c) => c.message.disputable === true)).toBe(true);
    const off = compileRules({
      settings: { minGapMs: 0 },
      attributeDefaults: {},
      campaigns: [
        {
          id: "quiet",
          priority: 0,
          trigger: { type: "js_error", sameOriginOnly: true },
          message: { title: "Sorry", body: "We are on it.", style: "toast", position: "bottom-right", autoDismissMs: 0, disputeLink: false },
          caps: { perSession: 0 },
          rolloutPercent: 100,
          holdoutPercent: 0,
          schedule: null,
        },
      ],
    });
    expect(off.campaigns[0].message).not.toHaveProperty("disputable");
  });

  it("says \"Nothing's wrong?\" in each translation's language, and the visitor sees it in theirs", () => {
    const body = compileRules({
      settings: { minGapMs: 0 },
      attributeDefaults: {},
      campaigns: [
        {
          id: "fr",
          priority: 0,
          trigger: { type: "js_error", sameOriginOnly: false },
          message: {
            title: "Sorry",
            body: "We are on it.",
            style: "toast",
            position: "bottom-right",
            autoDismissMs: 0,
            variants: { "fr-CA": { title: "Désolé", body: "On s'en occupe." }, es: { title: "Lo sentimos", body: "Estamos en ello." }, de: { title: "Entschuldigung", body: "Wir sind dran." } },
          },
          caps: { perSession: 0 },
        },
      ],
    });
    const v = body.campaigns[0].message.variants!;
    expect([v["fr-CA"].disputeLabel, v.es.disputeLabel, v.de.disputeLabel]).toEqual(["Tout va bien ?", "¿Todo va bien?", undefined]);
    const r = compiledRules.parse({ ...body, revision: 1, generatedAt: "x", expiresAt: "y" });
    const at = (locale: string) => evaluate(r, { type: "js_error", message: "x", sameOrigin: true }, { user: {}, caps: fresh(), now, page: { locale } });
    expect(at("fr-CA")).toMatchObject({ outcome: "show", title: "Désolé", dispute: "Tout va bien ?" });
    // no translation in the visitor's language: the base copy, and the SDK's English link
    expect(at("ja")).toMatchObject({ outcome: "show", title: "Sorry", dispute: undefined });
  });

  it("refuses copy with a token that has no fallback, naming the token", () => {
    expect(() =>
      compileRules({
        settings: { minGapMs: 0 },
        attributeDefaults: {},
        campaigns: [
          {
            id: "c",
            priority: 0,
            trigger: { type: "custom", name: "x" },
            message: { title: "Hi <<company>>", body: "b", style: "toast", position: "bottom-right", autoDismissMs: 0 },
            caps: { perSession: 0 },
          },
        ],
      }),
    ).toThrow(/<<company>>/);
  });
});

describe("cap state keyed by any campaign id", () => {
  it.each(["constructor", "__proto__", "valueOf", "hasOwnProperty"])("a campaign with id %s is capped like any other and never touches Object.prototype", (id) => {
    const r = compiledRules.parse({
      schemaVersion: 1,
      revision: 1,
      generatedAt: "x",
      expiresAt: "y",
      settings: { minGapMs: 0 },
      campaigns: [
        {
          id,
          priority: 0,
          trigger: { type: "rage_click", clicks: 2, withinMs: 1000 },
          message: { title: ["Sorry"], body: [], style: "toast", position: "bottom-right", autoDismissMs: 0 },
          caps: { perSession: 1, perDay: 2, dedupeWindowMs: 1000 },
        },
      ],
    });
    const signal = { type: "rage_click" as const, clicks: 3, withinMs: 500 };
    const protoBefore = Object.getOwnPropertyNames(Object.prototype).map((k) => [k, Object.getOwnPropertyDescriptor(Object.prototype, k)?.value]);
    const caps = fresh();
    const first = evaluate(r, signal, { user: {}, caps, now });
    expect(first.outcome).toBe("show");
    recordShown(caps, id, signal, now);
    expect(evaluate(r, signal, { user: {}, caps, now: now + 5000 })).toMatchObject({ outcome: "suppressed", reason: "cap" });
    // survives the SDK's round trip through storage
    const stored = JSON.parse(JSON.stringify(caps));
    expect(evaluate(r, signal, { user: {}, caps: stored, now: now + 5000 })).toMatchObject({ outcome: "suppressed", reason: "cap" });
    expect(Object.getPrototypeOf(caps.sessionShown)).toBe(Object.prototype);
    expect(Object.getOwnPropertyNames(Object.prototype).map((k) => [k, Object.getOwnPropertyDescriptor(Object.prototype, k)?.value])).toEqual(protoBefore);
  });

  it("state corrupted in storage (a number where times belong) is treated as empty", () => {
    const r = rules();
    const caps = { sessionShown: { search: "x" as unknown as number }, userShown: { search: 5 as unknown as number[] } };
    const signal = { type: "http_error" as const, url: "https://shop.test/api/search?q=1", method: "GET", status: 500 };
    expect(() => evaluate(r, signal, { user: {}, caps, now })).not.toThrow();
    expect(() => recordShown(caps, "search", signal, now)).not.toThrow();
    expect(caps.userShown.search).toEqual([now]);
  });
});
