// Examples shown in the API reference (/docs/api), one per request body and per success response.
// Request examples are parsed by the routes' own zod schemas in openapi.test.ts, so an example that
// the API would refuse fails the build; response examples were taken from the demo workspace.

const campaignId = "cmx2dbh0l00048x7ds09s5h8y";
const triggerId = "cmx2dbh0d00038x7dp8lse1nb";
const at = "2026-11-29T21:45:29.829Z";
const httpErrorTrigger = { type: "http_error", url: { kind: "glob", source: "/api/search*" }, methods: [], statuses: ["5xx", "0"] };
const message = { title: "<<name|Hi there>>, something's wrong.", body: "Sorry about that, we are taking a look." };
const campaign = {
  id: campaignId,
  name: "Search is failing",
  status: "active",
  priority: 100,
  audience: { kind: "everyone" },
  rolloutPercent: 100,
  holdoutPercent: 0,
  schedule: null,
  trigger: { id: triggerId, name: "Search request fails", definition: httpErrorTrigger },
  message: { ...message, style: "toast", position: "bottom-right", autoDismissMs: 10000 },
  caps: { perSession: 1 },
  createdAt: at,
  updatedAt: at,
};
const conditions = { op: "and", groups: [{ op: "and", conditions: [{ attr: "plan", op: "eq", type: "string", value: "pro" }] }] };
const segment = { id: "cmx2dbh5k000x8x7d3yq1wz0a", name: "Pro customers", conditions, updatedAt: at, usedBy: 0 };
const diff = { added: [{ id: campaignId, name: "Search is failing" }], removed: [], changed: [], settingsChanged: false, settingsChanges: [], unchanged: 11 };

const alertRule = {
  name: "Apologies doubled",
  environment: "production",
  metric: "shown",
  scope: { kind: "all" },
  windowMinutes: 15,
  mode: "baseline",
  threshold: 2,
  webhookUrl: "https://hooks.example.com/services/T000/B000/XXXX",
  cooldownMinutes: 60,
  enabled: true,
};
const alertView = { id: "cmx2dbh9q00118x7d6f2ka1bc", ...alertRule, lastFiredAt: null, version: at };
const userId = "cmx2dbgzk00008x7d2n1m4q5r";

/** Request bodies: `"METHOD path"` → example. */
export const REQUEST_EXAMPLES: Record<string, unknown> = {
  "POST /api/v1/campaigns": {
    name: "Search is failing",
    priority: 100,
    trigger: { name: "Search request fails", definition: httpErrorTrigger },
    message,
    caps: { perSession: 1 },
  },
  "PATCH /api/v1/campaigns/{id}": { status: "active" },
  "POST /api/v1/triggers": { name: "Checkout takes over 2 s", definition: { type: "slow_request", url: { kind: "glob", source: "/api/checkout*" }, methods: ["POST"], thresholdMs: 2000 } },
  "POST /api/v1/segments": { name: "Pro customers", conditions },
  "PUT /api/v1/segments/{id}": { name: "Pro customers", conditions },
  "POST /api/v1/environments/{env}/rollback": { revision: 3 },
  "POST /api/v1/alerts": alertRule,
  "PUT /api/v1/alerts/{id}": { ...alertRule, threshold: 3 },
  "PATCH /api/v1/alerts/{id}": { enabled: false },
  "POST /api/v1/members": { email: "jackie@example.com", name: "Jackie", role: "editor", password: "correct horse battery staple" },
  "PATCH /api/v1/members/{userId}": { role: "viewer" },
  "POST /api/v1/keys": { environment: "production", name: "CI deploy", role: "editor" },
  "PUT /api/v1/environments/{env}/allowed-origins": { origins: ["https://shop.example.com", "https://www.shop.example.com"] },
  "POST /api/v1/events/{publicKey}": {
    sentAt: 1796075130000,
    events: [
      { id: "0b6c1f0e-3c1d-4a53-9f4e-2d1f7a1b9c10", type: "session", ts: 1796075129000, sessionId: "5f0c9a1e-8b7d-4c2a-a1e3-9d8f7b6c5a41" },
      { id: "7d2e4b61-0a9f-4c3e-8b1d-6f5a4e3d2c19", type: "shown", ts: 1796075129500, sessionId: "5f0c9a1e-8b7d-4c2a-a1e3-9d8f7b6c5a41", campaignId, triggerType: "http_error", url: "https://shop.example/api/search", userId: "u_42" },
    ],
  },
};

/** Success responses: `"METHOD path"` → example of the 2xx JSON body. */
export const RESPONSE_EXAMPLES: Record<string, unknown> = {
  "GET /api/v1/campaigns": { campaigns: [campaign] },
  "POST /api/v1/campaigns": { ...campaign, status: "draft" },
  "GET /api/v1/campaigns/{id}": campaign,
  "PATCH /api/v1/campaigns/{id}": campaign,
  "GET /api/v1/triggers": { triggers: [{ id: triggerId, name: "Search request fails", type: "http_error", definition: httpErrorTrigger }] },
  "POST /api/v1/triggers": { id: triggerId, name: "Search request fails", type: "http_error", definition: httpErrorTrigger },
  "GET /api/v1/segments": { segments: [segment] },
  "POST /api/v1/segments": segment,
  "PUT /api/v1/segments/{id}": { ...segment, name: "Pro and team customers" },
  "GET /api/v1/stats": {
    env: "production",
    from: "2026-11-27T00:00:00.000Z",
    to: "2026-11-29T21:45:56.863Z",
    interval: "day",
    groupBy: "none",
    types: ["shown"],
    metric: "count",
    buckets: ["2026-11-27T00:00:00.000Z", "2026-11-28T00:00:00.000Z", "2026-11-29T00:00:00.000Z"],
    partial: [false, false, true],
    sessions: [1840, 1912, 1377],
    minSessions: 30,
    series: [{ key: "", label: "All apologies", values: [41, 37, 52], counts: [41, 37, 52], total: 130 }],
    sampleData: false,
  },
  "GET /api/v1/stats/summary": {
    env: "production",
    weekStart: "2026-11-23T00:00:00.000Z",
    weekEnd: "2026-11-30T00:00:00.000Z",
    partial: true,
    comparedUntil: "2026-11-29T21:45:00.000Z",
    totals: { shown: { key: "shown", label: "shown", thisWeek: 263, lastWeek: 221, change: 42, changeRatio: 0.19, daily: [35, 40, 38, 41, 37, 41, 31], disputed: 4, disputedShare: 0.015 } },
    campaigns: [{ key: campaignId, label: "Search is failing", thisWeek: 120, lastWeek: 80, change: 40, changeRatio: 0.5 }],
    triggers: [{ key: "http_error", label: "http_error", thisWeek: 120, lastWeek: 80, change: 40, changeRatio: 0.5 }],
    movers: { up: [{ key: campaignId, label: "Search is failing", change: 40 }], down: [] },
    days: [
      { day: "2026-11-23", thisWeek: 35, lastWeek: 30, partial: false },
      { day: "2026-11-24", thisWeek: 40, lastWeek: 28, partial: false },
      { day: "2026-11-25", thisWeek: 38, lastWeek: 33, partial: false },
      { day: "2026-11-26", thisWeek: 41, lastWeek: 31, partial: false },
      { day: "2026-11-27", thisWeek: 37, lastWeek: 35, partial: false },
      { day: "2026-11-28", thisWeek: 41, lastWeek: 29, partial: false },
      { day: "2026-11-29", thisWeek: 31, lastWeek: 35, partial: true },
    ],
    previousWeek: "2026-11-16",
    nextWeek: null,
    sampleData: false,
  },
  "GET /api/v1/alerts": { alerts: [alertView] },
  "POST /api/v1/alerts": alertView,
  "GET /api/v1/alerts/firings": {
    firings: [{ id: "cmx2dbhc200148x7dq1w2e3r4", ruleId: alertView.id, ruleName: alertRule.name, firedAt: at, value: 42, baseline: 12.5, message: "Apologies shown: 42 in 15 min, 3.4× the usual 12.5", delivered: true, response: "200 ok" }],
  },
  "GET /api/v1/alerts/{id}": alertView,
  "PUT /api/v1/alerts/{id}": { ...alertView, threshold: 3 },
  "PATCH /api/v1/alerts/{id}": { ...alertView, enabled: false },
  "POST /api/v1/alerts/{id}/test": { delivered: true, response: "200 ok" },
  "GET /api/v1/members": { members: [{ userId, email: "admin@example.com", name: "Alex", role: "owner", since: at }] },
  "POST /api/v1/members": { userId: "cmx2dbhf100178x7dz9y8x7w6", email: "jackie@example.com", role: "editor" },
  "PATCH /api/v1/members/{userId}": { userId: "cmx2dbhf100178x7dz9y8x7w6", role: "viewer", keysRevoked: 0 },
  "GET /api/v1/keys": {
    keys: [{ id: "cmx2dbhh300198x7dm5n6b7v8", name: "CI deploy", role: "editor", prefix: "sk_4f9a2c7", createdAt: at, createdBy: "admin@example.com", lastUsedAt: null, revokedAt: null, environment: "production" }],
  },
  "POST /api/v1/keys": { id: "cmx2dbhh300198x7dm5n6b7v8", key: "sk_4f9a2c7e1b8d3f6a0e9c5b2d7f1a9c", prefix: "sk_4f9a2c7", name: "CI deploy", environment: "production", role: "editor" },
  "GET /api/v1/environments/{env}/allowed-origins": { environment: "production", origins: ["https://shop.example.com"], refusedEvents: 3, lastRefusedOrigin: "https://copycat.example" },
  "PUT /api/v1/environments/{env}/allowed-origins": { environment: "production", origins: ["https://shop.example.com", "https://www.shop.example.com"] },
  "POST /api/v1/environments/{env}/publish": { environment: "production", revision: 4, created: true, diff },
  "GET /api/v1/environments/{env}/revisions": { environment: "production", revisions: [{ number: 4, createdAt: at, author: "admin@example.com", etag: '"1ZnfKNPsrJxTPZ1Jjr01sW_e1bW"', campaigns: 12 }] },
  "POST /api/v1/environments/{env}/rollback": { environment: "production", revision: 5, restored: 3, created: true, diff: { ...diff, added: [], removed: [{ id: campaignId, name: "Search is failing" }] } },
  "POST /api/v1/environments/{env}/promote": { environment: "production", revision: 7, created: true, diff },
  "GET /api/v1/rules/{publicKey}": {
    schemaVersion: 1,
    revision: 4,
    generatedAt: at,
    expiresAt: "2026-11-29T22:45:29.829Z",
    settings: { minGapMs: 30000, maxPerSession: 3 },
    campaigns: [],
  },
  "POST /api/v1/events/{publicKey}": { accepted: 2, duplicates: 0, rejected: [] },
  "GET /api/stats/live": { environment: "production", points: [{ t: "2026-11-29T21:25:00.000Z", shown: 3 }, { t: "2026-11-29T21:26:00.000Z", shown: 1 }] },
  "GET /api/health": { status: "ok", db: "pglite", version: "0.1.0" },
};
