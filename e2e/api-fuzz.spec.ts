// Hostile bodies against the management API (#8): whatever JSON arrives, the answer is a 4xx that
// names the field at fault (or a success for the rare valid body), never a 5xx. 10,000 runs of one
// property that picks a route at random, against the real server, in a workspace of its own.
import assert from "node:assert/strict";
import fc from "fast-check";
import { expect, request as pwRequest, test } from "@playwright/test";
import { login } from "./fixtures";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 10_000);

const hostile = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constant("<img src=x onerror=alert(1)>"),
  fc.constant("javascript:alert(1)"),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);
const maybe = <T,>(good: fc.Arbitrary<T>) => fc.option(fc.oneof({ weight: 3, arbitrary: good as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: hostile }), { nil: undefined, freq: 5 });
const definition = fc.oneof(
  fc.record({ type: maybe(fc.constantFrom("http_error", "slow_request", "custom", "bogus")), name: maybe(fc.string({ maxLength: 10 })), statuses: maybe(fc.array(fc.constantFrom("5xx", "404", "abc"))), thresholdMs: maybe(fc.integer({ min: -10, max: 100_000 })) }, { requiredKeys: [] }),
  hostile,
);
const campaign = fc.record(
  {
    name: maybe(fc.string({ maxLength: 140 })),
    priority: maybe(fc.integer({ min: -2000, max: 2000 })),
    status: maybe(fc.constantFrom("draft", "active", "paused", "deleted")),
    trigger: maybe(fc.record({ name: maybe(fc.string({ maxLength: 10 })), definition }, { requiredKeys: [] })),
    message: maybe(
      fc.record(
        {
          title: maybe(fc.oneof(fc.string({ maxLength: 30 }), fc.constant("Sorry <<name"), fc.constant("Hi <<unknown_attr>>"))),
          body: maybe(fc.string({ maxLength: 30 })),
          action: maybe(fc.record({ kind: fc.constantFrom("link", "retry"), label: fc.string({ maxLength: 5 }), url: fc.constantFrom("https://ok.test", "javascript:alert(1)", "data:text/html,x") })),
        },
        { requiredKeys: [] },
      ),
    ),
    caps: maybe(fc.record({ perSession: maybe(fc.integer({ min: -1, max: 200 })) }, { requiredKeys: [] })),
    rolloutPercent: maybe(fc.integer({ min: -5, max: 105 })),
    extra: fc.option(hostile, { nil: undefined, freq: 6 }),
  },
  { requiredKeys: [] },
);
const segment = fc.record({ name: maybe(fc.string({ maxLength: 90 })), conditions: maybe(fc.record({ op: maybe(fc.constantFrom("and", "or", "xor")), groups: maybe(fc.array(hostile, { maxLength: 2 })) }, { requiredKeys: [] })) }, { requiredKeys: [] });
const call = fc.oneof(
  fc.record({ method: fc.constant("POST" as const), path: fc.constant("/api/v1/campaigns"), body: fc.oneof({ weight: 5, arbitrary: campaign as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: fc.json() }) }),
  fc.record({ method: fc.constant("PATCH" as const), path: fc.constant("/api/v1/campaigns/{id}"), body: campaign as fc.Arbitrary<unknown> }),
  fc.record({ method: fc.constant("POST" as const), path: fc.constant("/api/v1/triggers"), body: fc.record({ name: maybe(fc.string({ maxLength: 10 })), definition }, { requiredKeys: [] }) as fc.Arbitrary<unknown> }),
  fc.record({ method: fc.constant("POST" as const), path: fc.constant("/api/v1/segments"), body: segment as fc.Arbitrary<unknown> }),
  fc.record({ method: fc.constant("PUT" as const), path: fc.constant("/api/v1/segments/{segment}"), body: segment as fc.Arbitrary<unknown> }),
);

test(`the management API answers hostile bodies with a 4xx naming the field, never a 5xx (${RUNS} runs)`, async ({ baseURL }) => {
  test.setTimeout(600_000);
  const api = await pwRequest.newContext({ baseURL });
  await login({ request: api }, "matrixEditor");
  const created = await api.post("/api/v1/campaigns", {
    data: { name: "Fuzz target", trigger: { name: "Fuzz", definition: { type: "custom", name: "fuzz" } }, message: { title: "Sorry", body: "On it." } },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = await created.json();
  const seg = await api.post("/api/v1/segments", { data: { name: "Fuzz segment", conditions: { op: "and", groups: [{ op: "and", conditions: [{ attr: "plan", type: "string", op: "eq", value: "pro" }] }] } } });
  expect(seg.status(), await seg.text()).toBe(201);
  const segmentId = (await seg.json()).id;
  // the session cookie, for plain fetch: 10,000 calls through Playwright's request API cost more
  // on the client than on the server
  const cookie = (await api.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  await api.dispose();
  const statuses = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(call, async (c) => {
      const res = await fetch(new URL(c.path.replace("{id}", id).replace("{segment}", segmentId), baseURL), {
        method: c.method,
        body: c.body === undefined ? "" : JSON.stringify(c.body),
        headers: { "Content-Type": "application/json", Cookie: cookie, Origin: baseURL! },
      });
      const status = res.status;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      const text = await res.text();
      // plain assertions inside the property: Playwright's expect records a trace step per call,
      // which made 10,000 runs client-bound
      assert.ok(status < 500, `${status}: ${text}`);
      if (status >= 400) {
        const body = JSON.parse(text);
        assert.equal(typeof body.error?.message, "string", text);
        if (status === 422) assert.match(String(body.error.field ?? ""), /\S/, text);
      }
    }),
    { numRuns: RUNS },
  );
  console.log(`api fuzz: ${[...statuses].map(([s, n]) => `${n}×${s}`).join(", ")}`);
  expect(statuses.get(422) ?? 0).toBeGreaterThan(RUNS / 2);
});
