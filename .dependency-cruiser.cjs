// Layering that `npm test` enforces (npm run lint:deps). The floors, bottom up, are in README's
// "Where things live". Type-only imports are allowed across the SDK's boundary: they vanish in the build.
const PURE = "^lib/(rules/(evaluate|audience|bucket|copy|schedule|url-match)|triggers/(matchers|request-match|[^/]+/match))\\.ts$";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Modules that import each other cannot be understood, tested or moved one at a time.",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "lib-not-up",
      severity: "error",
      comment: "lib/ is the domain: it never imports the app or its components.",
      from: { path: "^lib/" },
      to: { path: "^(app|components)/" },
    },
    {
      name: "sdk-imports-only-pure-modules",
      severity: "error",
      comment: "The browser SDK bundles lib/sdk and the pure rules/trigger matchers only: no zod, no server code.",
      from: { path: "^lib/sdk/", pathNot: "\\.test\\.ts$" },
      to: { pathNot: ["^lib/sdk/", PURE], dependencyTypesNot: ["type-only"] },
    },
    {
      name: "pure-modules-stay-pure",
      severity: "error",
      comment: "What the SDK bundles imports nothing but other pure modules (at run time).",
      from: { path: PURE },
      to: { pathNot: PURE, dependencyTypesNot: ["type-only"] },
    },
    {
      name: "domain-not-into-route-adapters",
      severity: "error",
      comment: "lib/api holds the Next route adapters; the domain throws AppError from lib/errors.ts instead.",
      from: { path: "^lib/", pathNot: ["^lib/api/", "\\.test\\.ts$"] },
      to: { path: "^lib/api/" },
    },
    {
      name: "errors-at-the-bottom",
      severity: "error",
      comment: "lib/errors.ts is imported by everything, so it imports (almost) nothing.",
      from: { path: "^lib/errors\\.ts$" },
      to: { path: "^(lib|app|components)/", pathNot: "^lib/storage/faults\\.ts$" },
    },
    {
      name: "triggers-only-from-the-registry",
      severity: "error",
      comment: "Trigger facts come from lib/triggers, not from campaigns/.",
      from: { path: "^lib/(events|alerts|stats|triggers|rules)/" },
      to: { path: "^lib/campaigns/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "no-db-in-pages",
      severity: "error",
      comment: "Pages and components call domain functions, never the database client (route handlers may hand a raw SQL handle to a stats query).",
      from: { path: ["^app/.*(page|layout)\\.tsx$", "^components/"] },
      to: { path: "^lib/db\\.ts$" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|\\.next|lib/generated|public)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
  },
};
